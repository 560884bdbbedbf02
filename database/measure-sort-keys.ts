/**
 * Stored sort keys of a measure (schema 9), so the list sorts and filters in SQL with plain
 * byte order and still reads in German order: case and accents folded ("Ä" with "A", "ß" as
 * "ss"), and numbers compared by value ("B-2" before "B-10"). Changing these rules needs a
 * migration that recomputes the keys of existing rows (as 0009 does).
 */

/** Digits a number is padded to, so byte order is numeric order ("B-2" → "b-000000000002"). */
const NUMBER_WIDTH = 12;

/** Lower case without accents, "ß" as "ss", runs of white space as one space (the form the lead filter compares). */
export const foldForSort = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .toLocaleLowerCase('de')
    .replace(/\s+/g, ' ')
    .trim();

/** The folded text with every number padded to the same width (leading zeros dropped first: "02" sorts as "2"). */
export const sortKeyOf = (text: string): string =>
  foldForSort(text).replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(NUMBER_WIDTH, '0'));

export interface MeasureSortKeys {
  readonly codeKey: string;
  readonly titleKey: string;
  readonly leadKey: string;
  /** The lead folded but not padded: the lead filter looks for the folded text in it. */
  readonly leadFold: string;
}

export const measureSortKeys = (measure: { readonly code: string; readonly title: string; readonly lead: string }): MeasureSortKeys => ({
  codeKey: sortKeyOf(measure.code),
  titleKey: sortKeyOf(measure.title),
  leadKey: sortKeyOf(measure.lead),
  leadFold: foldForSort(measure.lead),
});

/**
 * The lifecycle's order as SQL, for sorting by status. Written out (not built from the contract's
 * list) because index ix_measure_status_rank (schema 9) stores exactly this expression, and SQLite
 * uses the index only when ORDER BY repeats it word for word.
 */
export const STATUS_RANK_SQL =
  "CASE status WHEN 'proposed' THEN 0 WHEN 'in_review' THEN 1 WHEN 'recommended' THEN 2 WHEN 'rejected' THEN 3 WHEN 'deferred' THEN 4 " +
  "WHEN 'submitted' THEN 5 WHEN 'adopted' THEN 6 WHEN 'implementing' THEN 7 WHEN 'completed' THEN 8 WHEN 'continued' THEN 9 WHEN 'discontinued' THEN 10 END";
