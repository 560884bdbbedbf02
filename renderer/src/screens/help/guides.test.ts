import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n, loadLanguage } from '../../i18n/i18n';
import { GUIDE_IDS, GUIDE_SLUGS, readGuide } from './guides';

beforeAll(async () => {
  initI18n();
  // English is loaded on demand, as when someone chooses it.
  await loadLanguage('en');
});

describe.each(['de', 'en'] as const)('task guides in %s', (language) => {
  const t = () => i18n.getFixedT(language);

  it.each(GUIDE_IDS)('%s has a title, a summary and numbered steps in every section', (id) => {
    const guide = readGuide(t(), id);
    expect(guide.title).not.toMatch(/^help\./);
    expect(guide.summary).not.toMatch(/^help\./);
    expect(guide.sections.length).toBeGreaterThanOrEqual(2);
    for (const section of guide.sections) {
      expect(section.steps.length, section.key).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(GUIDE_IDS)('%s names real labels: every $t(…) resolved, no key or placeholder left', (id) => {
    const guide = readGuide(t(), id);
    const texts = guide.sections.flatMap((section) => [section.title, ...section.steps, section.tip ?? '']);
    for (const text of texts) {
      expect(text).not.toMatch(/\$t\(|\{\{|\b(nav|measures|meetings|documents|contacts|backups|status|intake|leitbild|help)\.[a-z]/);
    }
  });

  it('keeps steps short: plain language, at most about 35 words a step', () => {
    for (const id of GUIDE_IDS) {
      for (const step of readGuide(t(), id).sections.flatMap((section) => section.steps)) {
        expect(step.split(/\s+/).length, step).toBeLessThanOrEqual(35);
      }
    }
  });
});

describe('guide texts', () => {
  it('German steps quote the German buttons, English steps the English ones', () => {
    const de = readGuide(i18n.getFixedT('de'), 'meeting');
    const en = readGuide(i18n.getFixedT('en'), 'meeting');
    expect(de.sections[0]?.steps[0]).toBe('Öffnen Sie „Sitzungen“. Klicken Sie auf „Neue Sitzung“.');
    expect(en.sections[0]?.steps[0]).toBe('Open “Meetings”. Click “New meeting”.');
  });

  it('has one address per guide', () => {
    expect(new Set(Object.values(GUIDE_SLUGS)).size).toBe(GUIDE_IDS.length);
  });
});
