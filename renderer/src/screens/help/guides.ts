import type { TFunction } from 'i18next';

/** The task guides, in the order of the help overview. Texts in `locales/<lang>/help.json` under `guides.<id>`. */
export const GUIDE_IDS = ['proposalToDecision', 'meeting', 'motion', 'outlookContacts', 'backup'] as const;

export type GuideId = (typeof GUIDE_IDS)[number];

/** The address of each guide (`#/hilfe/sitzung`): German, like every other path of the app. */
export const GUIDE_SLUGS: Readonly<Record<GuideId, string>> = {
  proposalToDecision: 'vorschlag-beschluss',
  meeting: 'sitzung',
  motion: 'antrag',
  outlookContacts: 'kontakte-outlook',
  backup: 'sicherung',
};

export const guideOfSlug = (slug: string | undefined): GuideId | null =>
  GUIDE_IDS.find((id) => GUIDE_SLUGS[id] === slug) ?? null;

export interface GuideSection {
  readonly key: string;
  readonly title: string;
  /** Numbered steps, one short instruction each. */
  readonly steps: readonly string[];
  readonly tip?: string;
}

export interface Guide {
  readonly id: GuideId;
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly GuideSection[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function sectionOf(key: string, value: unknown): GuideSection | null {
  if (!isRecord(value) || !isText(value.title) || !isRecord(value.steps)) return null;
  const steps = Object.values(value.steps).filter(isText);
  if (steps.length === 0) return null;
  return { key, title: value.title, steps, ...(isText(value.tip) ? { tip: value.tip } : {}) };
}

/**
 * A guide in the current language. The locale file names every button through `$t(…)`, so the
 * steps always say the label the screen shows. Steps keep the order of the file (`s1`, `s2`, …).
 */
export function readGuide(t: TFunction, id: GuideId): Guide {
  const raw: unknown = t(`help.guides.${id}.sections`, { returnObjects: true });
  const sections = isRecord(raw) ? Object.entries(raw).map(([key, value]) => sectionOf(key, value)).filter((section) => section !== null) : [];
  return { id, title: t(`help.guides.${id}.title`), summary: t(`help.guides.${id}.summary`), sections };
}
