import { HARBURG_MOTION_CONVENTIONS, type MotionConventionsDto } from '../../contract/settings-constants';
import { joinGerman } from '../engine/german-dates';

/** `{name}` (and `{fraktionen}`) filled in; unknown placeholders stay as typed. */
const fill = (template: string, values: Readonly<Record<string, string>>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

const named = (fraktionen: readonly string[]) => fraktionen.map((name) => name.trim()).filter(Boolean);

/**
 * The heading of a motion in the district's wording. Harburg: "Antrag der SPD-Fraktion"; for
 * several "Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion".
 */
export function motionHeading(fraktionen: readonly string[], conventions: MotionConventionsDto = HARBURG_MOTION_CONVENTIONS): string {
  const names = named(fraktionen);
  if (names.length === 0) return conventions.singleKind;
  if (names.length === 1) return fill(conventions.singleHeading, { name: names[0]! });
  return fill(conventions.jointHeading, { fraktionen: joinGerman(names.map((name) => fill(conventions.jointItem, { name }))) });
}

/** The kind for the page header and footer: "Antrag", or "Gemeinsamer Antrag" for several Fraktionen. */
export function motionKind(fraktionen: readonly string[], conventions: MotionConventionsDto = HARBURG_MOTION_CONVENTIONS): string {
  return named(fraktionen).length > 1 ? conventions.jointKind : conventions.singleKind;
}

/** Above a signature: "Für die SPD-Fraktion". */
export function signatureHeading(fraktion: string, conventions: MotionConventionsDto = HARBURG_MOTION_CONVENTIONS): string {
  return fill(conventions.signatureHeading, { name: fraktion.trim() });
}

/** "Die Bezirksamtsleitung wird gebeten, …": the body the petitum asks to act. */
export function actingRequest(conventions: MotionConventionsDto, what: string): string {
  return `${conventions.actingBody} wird gebeten, ${what}`;
}
