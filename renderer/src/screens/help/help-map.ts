import { paths, toPath, withQuery } from '../../app/paths';
import type { NavKey } from '../../app/router';
import { GUIDE_SLUGS, type GuideId } from './guides';

/**
 * Which guide F1 and the help button open, by the start of the screen's path. The one place
 * that ties screens to guides; the first match wins, so the more specific paths come first.
 * Screens not listed (Start, the help itself) open the overview of all guides.
 */
const GUIDE_BY_PATH: readonly (readonly [prefix: string, guide: GuideId])[] = [
  [paths.contactsImport, 'outlookContacts'],
  [paths.contacts, 'outlookContacts'],
  [paths.documentsAntrag, 'motion'],
  [paths.documents, 'motion'],
  [paths.sessions, 'meeting'],
  ['/leitbild', 'proposalToDecision'],
  [paths.settings, 'backup'],
];

/** The sections of the main navigation by the first part of a path, for "Zurück zu „Sitzungen“". */
const AREA_BY_PATH: readonly (readonly [prefix: string, area: NavKey])[] = [
  [paths.start, 'start'],
  ['/leitbild', 'leitbild'],
  [paths.sessions, 'sessions'],
  [paths.contacts, 'contacts'],
  [paths.documents, 'documents'],
  [paths.settings, 'settings'],
];

const startsWithPath = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

export function guideForPath(path: string): GuideId | null {
  return GUIDE_BY_PATH.find(([prefix]) => startsWithPath(path, prefix))?.[1] ?? null;
}

/** The area a `von` path belongs to; null for anything else (a help page, a made-up address). */
export function areaOfPath(path: string): NavKey | null {
  return AREA_BY_PATH.find(([prefix]) => startsWithPath(path, prefix))?.[1] ?? null;
}

export const isHelpPath = (path: string): boolean => startsWithPath(path, paths.help);

/** Where help for the screen at `path` is: its guide (or the overview), remembering where it came from. */
export function helpPathFor(path: string): string {
  if (isHelpPath(path)) return path;
  const guide = guideForPath(path);
  const target = guide ? toPath(paths.helpGuide, { guide: GUIDE_SLUGS[guide] }) : paths.help;
  return withQuery(target, { von: path });
}
