import { joinGerman } from '../engine';

/**
 * The Hamburg heading of a motion: "Antrag der Fraktion SPD", or for several Fraktionen
 * "Interfraktioneller Antrag der Fraktionen SPD, GRÜNE und CDU".
 */
export function motionHeading(fraktionen: readonly string[]): string {
  const names = fraktionen.map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) return 'Antrag';
  if (names.length === 1) return `Antrag der Fraktion ${names[0]}`;
  return `Interfraktioneller Antrag der Fraktionen ${joinGerman(names)}`;
}

/** The sentence every petitum opens with. */
export const PETITUM_OPENING = 'Die Bezirksversammlung möge beschließen:';
