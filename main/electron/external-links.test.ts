import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../services/logger';
import { createOpenExternal, isVettedExternalUrl } from './external-links';

describe('isVettedExternalUrl', () => {
  it.each([
    'https://www.hamburg.de/',
    'https://www.hamburg.de/bezirke/altona/?q=integration#top',
    'HTTPS://example.org/path',
    'mailto:integration@bezirk.hamburg.de',
    'mailto:a@b.de?subject=Leitbild',
    'mailto:?bcc=a%40b.de,c%40d.de',
  ])('accepts %s', (url) => {
    expect(isVettedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['file:///etc/passwd'],
    ['file://server/share/doc.docx'],
    ['http://www.hamburg.de/'],
    ['data:text/html,<script>alert(1)</script>'],
    ['app://leitbild/index.html'],
    ['ms-word:ofe|u|https://x.de/a.docx'],
    ['smb://server/share'],
    ['vbscript:msgbox(1)'],
    ['https://user:pw@host.example/'],
    ['https://user@host.example/'],
    ['https://'],
    ['mailto:'],
    ['mailto:?'],
    [' https://www.hamburg.de/'],
    ['https://www.hamburg.de/\n'],
    ['java\tscript:alert(1)'],
    ['//www.hamburg.de/'],
    ['www.hamburg.de'],
    [''],
    [`https://example.org/${'a'.repeat(2048)}`],
  ])('refuses %s', (url) => {
    expect(isVettedExternalUrl(url)).toBe(false);
  });

  it.each([[undefined], [null], [42], [{ href: 'https://x.de' }]])('refuses non-strings (%s)', (url) => {
    expect(isVettedExternalUrl(url)).toBe(false);
  });
});

describe('createOpenExternal', () => {
  it('opens vetted links through shell.openExternal and reports success', async () => {
    const shell = { openExternal: vi.fn().mockResolvedValue(undefined) };
    const open = createOpenExternal(shell, silentLogger);
    await expect(open('https://www.hamburg.de/')).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.hamburg.de/');
  });

  it('never passes refused links to the shell', async () => {
    const shell = { openExternal: vi.fn().mockResolvedValue(undefined) };
    const open = createOpenExternal(shell, silentLogger);
    for (const url of ['javascript:alert(1)', 'file:///C:/Windows/system32/calc.exe', 'http://x.de', 'https://u:p@x.de']) {
      await expect(open(url)).resolves.toBe(false);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('answers false when the OS cannot open the link', async () => {
    const shell = { openExternal: vi.fn().mockRejectedValue(new Error('no handler')) };
    await expect(createOpenExternal(shell, silentLogger)('mailto:a@b.de')).resolves.toBe(false);
  });
});
