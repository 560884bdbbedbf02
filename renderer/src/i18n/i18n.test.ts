import { describe, expect, it } from 'vitest';
import { applyLanguage, i18n } from './i18n';

describe('interface language', () => {
  it('starts with the German texts only; English is loaded when chosen, before the switch', async () => {
    expect(i18n.hasResourceBundle('de', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    const switching = applyLanguage('en');
    // Still German while English loads: never a bare message key.
    expect(i18n.language).toBe('de');
    expect(i18n.t('nav.contacts')).toBe('Kontakte');
    await switching;

    expect(i18n.language).toBe('en');
    expect(i18n.t('nav.contacts')).toBe('Contacts');
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps the last choice when the language is changed again while English still loads', async () => {
    i18n.removeResourceBundle('en', 'translation');
    const english = applyLanguage('en');
    await applyLanguage('de');
    await english;
    expect(i18n.language).toBe('de');
    expect(i18n.t('nav.contacts')).toBe('Kontakte');
    expect(document.documentElement.lang).toBe('de');
  });
});
