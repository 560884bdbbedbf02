import type { ImportMappingProblemDto, ImportTarget } from '../../../contract';
import { DomainError } from '../domain-error';
import { OUTLOOK_HEADERS } from './outlook-columns';

/**
 * Fields several columns may feed, because their values add up without loss: each column is one
 * more phone number or organisation; first and middle names, or a street and a separate house
 * number column, make one text together, as do the lines of a second or private street (joined with ", "); notes collect; "into the notes" and "do not import" act
 * column by column. Every other field holds one value (a second last name or e-mail column would
 * silently merge two values into one, or an e-mail type would apply to the wrong address), so it
 * takes one column. In an Outlook export, Outlook's own columns may also share the field its
 * column table gives them (two work phones, "Weitere Vornamen").
 */
const MAY_REPEAT: ReadonlySet<ImportTarget> = new Set<ImportTarget>([
  'note', 'ignore', 'notes', 'firstName', 'street', 'phoneWork', 'phoneMobile', 'phoneHome', 'phoneOther', 'phoneFax', 'street2', 'privateStreet', 'organization',
]);

const sharesOutlookField = (headers: readonly string[], target: ImportTarget) => headers.every((header) => OUTLOOK_HEADERS[header] === target);

/**
 * What keeps a mapping from being imported: no column for the last name (without it no row can
 * become a contact) or a field fed by two columns. The wizard shows these at the mapping; the
 * import refuses them (`refuseIncompleteMapping`). `namesUnknown`: no column name for a name or an
 * e-mail address was known (an Outlook export in another language, say), which the message names.
 */
export function mappingProblemsOf(
  headers: readonly string[],
  mapping: Readonly<Record<string, ImportTarget>>,
  { outlook, namesUnknown }: { outlook: boolean; namesUnknown: boolean },
): ImportMappingProblemDto[] {
  const problems: ImportMappingProblemDto[] = [];
  if (!headers.some((header) => mapping[header] === 'lastName')) {
    problems.push({ messageKey: namesUnknown ? 'contacts.import.columnsUnknown' : 'contacts.import.noNameColumn', params: {}, headers: [] });
  }
  const byTarget = new Map<ImportTarget, string[]>();
  for (const header of headers) {
    const target = mapping[header] ?? 'ignore';
    byTarget.set(target, [...(byTarget.get(target) ?? []), header]);
  }
  for (const [target, columns] of byTarget) {
    if (columns.length < 2 || MAY_REPEAT.has(target) || (outlook && sharesOutlookField(columns, target))) continue;
    problems.push({ messageKey: 'contacts.import.columnMappedTwice', params: { target, columns: columns.join(', ') }, headers: columns });
  }
  return problems;
}

/** The import of a mapping the wizard would not let through is refused with the same message, at the mapping. */
export function refuseIncompleteMapping(parsed: { readonly mappingProblems: readonly ImportMappingProblemDto[] }): void {
  const [problem] = parsed.mappingProblems;
  if (problem) throw new DomainError(problem.messageKey, { field: 'mapping', params: problem.params });
}
