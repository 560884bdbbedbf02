import type { SchemaDifference, SchemaObjectType } from './schema-verify';

/**
 * Differences as a person reads them („zusätzlicher Trigger „x““). Built here and not in the
 * locales because the list has any length; both languages are sent, the renderer picks its own.
 */
export type SchemaTextLanguage = 'de' | 'en';

/** How many differences a message names; the rest is counted. */
export const NAMED_DIFFERENCES = 3;

const GERMAN: Record<SchemaObjectType, { noun: string; feminine: boolean }> = {
  table: { noun: 'Tabelle', feminine: true },
  index: { noun: 'Index', feminine: false },
  trigger: { noun: 'Trigger', feminine: false },
  view: { noun: 'Sicht', feminine: true },
};

const GERMAN_ADJECTIVE: Record<SchemaDifference['kind'], string> = { extra: 'zusätzliche', missing: 'fehlende', changed: 'veränderte' };
const ENGLISH_ADJECTIVE: Record<SchemaDifference['kind'], string> = { extra: 'extra', missing: 'missing', changed: 'changed' };
const ENGLISH_NOUN: Record<SchemaObjectType, string> = { table: 'table', index: 'index', trigger: 'trigger', view: 'view' };

function german(difference: SchemaDifference): string {
  const { noun, feminine } = GERMAN[difference.type];
  // Without an article the adjective takes the strong ending: „zusätzlicher Trigger“, „zusätzliche Tabelle“.
  const adjective = `${GERMAN_ADJECTIVE[difference.kind]}${feminine ? '' : 'r'}`;
  const columns = difference.columns?.length
    ? ` (${difference.columns.length === 1 ? 'Spalte' : 'Spalten'} ${difference.columns.map((name) => `„${name}“`).join(', ')})`
    : '';
  return `${adjective} ${noun} „${difference.name}“${columns}`;
}

function english(difference: SchemaDifference): string {
  const columns = difference.columns?.length
    ? ` (${difference.columns.length === 1 ? 'column' : 'columns'} ${difference.columns.map((name) => `“${name}”`).join(', ')})`
    : '';
  return `${ENGLISH_ADJECTIVE[difference.kind]} ${ENGLISH_NOUN[difference.type]} “${difference.name}”${columns}`;
}

export function describeDifference(difference: SchemaDifference, language: SchemaTextLanguage = 'de'): string {
  return language === 'de' ? german(difference) : english(difference);
}

/** The first few differences, then how many more: „zusätzlicher Trigger „x“; fehlende Tabelle „y“ und 2 weitere“. */
export function describeDifferences(differences: readonly SchemaDifference[], language: SchemaTextLanguage = 'de', limit = NAMED_DIFFERENCES): string {
  const named = differences.slice(0, limit).map((difference) => describeDifference(difference, language)).join('; ');
  const more = differences.length - limit;
  if (more <= 0) return named;
  return language === 'de' ? `${named} und ${more} weitere` : `${named} and ${more} more`;
}

/** Message params for a refused restore/import: the differences in both languages (`differences`, `differencesEn`). */
export function differenceParams(differences: readonly SchemaDifference[] | undefined): Record<string, string | number> | undefined {
  if (!differences?.length) return undefined;
  return { differences: describeDifferences(differences, 'de'), differencesEn: describeDifferences(differences, 'en') };
}
