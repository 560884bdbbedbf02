import type { App, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, installNavigationGuards } from './navigation';
import { FakeEmitter, FakeEvent, FakeWebContents } from './test-fakes';

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn().mockResolvedValue(true);
  guardWebContents(contents as unknown as WebContents, openExternal);
  return { contents, openExternal };
}

const navigate = (contents: FakeWebContents, eventName: string, url: string) => {
  const event = new FakeEvent({ url });
  contents.emit(eventName, event, url);
  return event.defaultPrevented;
};

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-redirect'])('%s: denies leaving the app', (eventName) => {
    const { contents, openExternal } = guarded();
    for (const url of [
      'https://evil.example/',
      'http://localhost:5173/',
      'file:///C:/Users/x/secret.docx',
      'javascript:alert(1)',
      'app://other/index.html',
      'app://leitbild.evil/index.html',
      'about:blank',
      'data:text/html,hi',
    ]) {
      expect(navigate(contents, eventName, url), url).toBe(true);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-redirect'])('%s: allows staying within app://leitbild/', (eventName) => {
    const { contents } = guarded();
    expect(navigate(contents, eventName, 'app://leitbild/index.html')).toBe(false);
    expect(navigate(contents, eventName, 'app://leitbild/handlungsfelder?x=1#y')).toBe(false);
  });

  it('will-frame-navigate: denies sub-frame navigations away from the app', () => {
    const { contents } = guarded();
    const away = new FakeEvent({ url: 'https://evil.example/', isMainFrame: false });
    contents.emit('will-frame-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    const inside = new FakeEvent({ url: 'app://leitbild/index.html', isMainFrame: true });
    contents.emit('will-frame-navigate', inside);
    expect(inside.defaultPrevented).toBe(false);
  });

  it('will-attach-webview: always prevented', () => {
    const { contents } = guarded();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, { nodeIntegration: false }, { src: 'app://leitbild/index.html' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('window.open: always denied; vetted links go to the OS, all others nowhere', () => {
    const { contents, openExternal } = guarded();
    const open = contents.windowOpenHandler;
    expect(open).not.toBeNull();
    for (const url of ['https://www.hamburg.de/', 'mailto:a@b.de']) {
      expect(open?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://www.hamburg.de/'], ['mailto:a@b.de']]);

    openExternal.mockClear();
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://www.hamburg.de/',
      'app://leitbild/index.html',
      'https://u:p@x.de/',
      'about:blank',
    ]) {
      expect(open?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('installNavigationGuards guards every web contents the app creates', () => {
    const app = new FakeEmitter();
    const openExternal = vi.fn().mockResolvedValue(true);
    installNavigationGuards(app as unknown as App, openExternal);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), contents);
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://x.de/' })).toEqual({ action: 'deny' });
    expect(contents.has('will-attach-webview')).toBe(true);
  });
});
