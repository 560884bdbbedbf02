// The motion wording and its Harburg default without zod, so the renderer and the Word engine
// can load them cheaply; './settings' re-exports them.

/**
 * How the district's Bezirksversammlung words a motion: headings, labels and who is asked to act.
 * `{name}` stands for a Fraktion's short name, `{fraktionen}` for the joined list of `jointItem`s.
 */
export interface MotionConventionsDto {
  /** "Antrag der {name}-Fraktion" */
  readonly singleHeading: string;
  /** "Gemeinsamer Antrag {fraktionen}" */
  readonly jointHeading: string;
  /** One Fraktion in the joint heading: "der {name}-Fraktion". */
  readonly jointItem: string;
  /** The kind in the page header and footer: "Antrag" / "Gemeinsamer Antrag". */
  readonly singleKind: string;
  readonly jointKind: string;
  /** Before the subject: "betr." */
  readonly subjectPrefix: string;
  /** "Petitum/Beschluss:" */
  readonly petitumLabel: string;
  /** "Die Bezirksversammlung möge beschließen:" */
  readonly petitumOpening: string;
  /** Who is asked to act: "Die Bezirksamtsleitung" (… wird gebeten, …). */
  readonly actingBody: string;
  /** Above a signature: "Für die {name}-Fraktion". */
  readonly signatureHeading: string;
}

/** Harburg's wording, as its Drucksachen read (e.g. 20-0107, 20-1733, 20-2804). */
export const HARBURG_MOTION_CONVENTIONS: MotionConventionsDto = {
  singleHeading: 'Antrag der {name}-Fraktion',
  jointHeading: 'Gemeinsamer Antrag {fraktionen}',
  jointItem: 'der {name}-Fraktion',
  singleKind: 'Antrag',
  jointKind: 'Gemeinsamer Antrag',
  subjectPrefix: 'betr.',
  petitumLabel: 'Petitum/Beschluss:',
  petitumOpening: 'Die Bezirksversammlung möge beschließen:',
  actingBody: 'Die Bezirksamtsleitung',
  signatureHeading: 'Für die {name}-Fraktion',
};
