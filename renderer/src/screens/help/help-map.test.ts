import { describe, expect, it } from 'vitest';
import { paths, toPath } from '../../app/paths';
import { resolvePath, routes } from '../../app/routes';
import { GUIDE_IDS, GUIDE_SLUGS, guideOfSlug } from './guides';
import { areaOfPath, guideForPath, helpPathFor } from './help-map';

/** A concrete address for a route pattern (`/sitzungen/:id` → `/sitzungen/7`). */
const example = (pattern: string) => pattern.replace(/:(\w+)/g, '7');

describe('route → guide map', () => {
  it.each([
    ['/leitbild/massnahmen', 'proposalToDecision'],
    ['/leitbild/massnahmen/12', 'proposalToDecision'],
    ['/leitbild/planungswerkstatt', 'proposalToDecision'],
    ['/leitbild/handlungsfelder', 'proposalToDecision'],
    ['/sitzungen', 'meeting'],
    ['/sitzungen/3', 'meeting'],
    ['/sitzungen/3/live', 'meeting'],
    ['/sitzungen/aufgaben', 'meeting'],
    ['/dokumente', 'motion'],
    ['/dokumente/antrag', 'motion'],
    ['/kontakte', 'outlookContacts'],
    ['/kontakte/import', 'outlookContacts'],
    ['/einstellungen', 'backup'],
  ])('%s opens "%s"', (path, guide) => {
    expect(guideForPath(path)).toBe(guide);
  });

  it('the start page and the help itself open the overview of all guides', () => {
    expect(guideForPath(paths.start)).toBeNull();
    expect(guideForPath(paths.help)).toBeNull();
    expect(helpPathFor(paths.start)).toBe('/hilfe?von=%2Fstart');
    expect(helpPathFor('/hilfe/sitzung')).toBe('/hilfe/sitzung');
  });

  it('gives every screen of the route table a guide, except Start and Hilfe', () => {
    const without = routes.filter((route) => guideForPath(example(route.path)) === null).map((route) => route.path);
    expect(without.sort()).toEqual([paths.help, paths.helpAbout, paths.helpGuide, paths.start].sort());
  });

  it('does not match a path that only starts with the same letters', () => {
    expect(guideForPath('/kontakteliste')).toBeNull();
    expect(areaOfPath('/sitzungenx')).toBeNull();
  });

  it('leads to a guide screen that knows where it was opened from', () => {
    const target = helpPathFor('/leitbild/massnahmen');
    expect(target).toBe('/hilfe/vorschlag-beschluss?von=%2Fleitbild%2Fmassnahmen');
    const resolved = resolvePath(target);
    expect(resolved?.route.path).toBe(paths.helpGuide);
    expect(guideOfSlug(resolved?.params.guide)).toBe('proposalToDecision');
    expect(resolved?.query.get('von')).toBe('/leitbild/massnahmen');
    expect(areaOfPath('/leitbild/massnahmen')).toBe('leitbild');
  });

  it('Über is its own screen, not a guide called "ueber"', () => {
    expect(resolvePath(paths.helpAbout)?.route.path).toBe(paths.helpAbout);
    for (const id of GUIDE_IDS) expect(resolvePath(toPath(paths.helpGuide, { guide: GUIDE_SLUGS[id] }))?.route.path).toBe(paths.helpGuide);
  });
});
