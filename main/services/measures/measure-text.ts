/**
 * Text helpers for measures: FTS5 query building and the duplicate hint of the intake screen.
 * German-aware in the small ways that matter here: case and umlauts folded, common words ignored.
 */

/** Folds case and diacritics the way the FTS index does (unicode61 remove_diacritics 2). */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss');

/**
 * Turns what a person types into an FTS5 query: every word must occur, each as a prefix
 * ("Sprachkurs" finds "Sprachkurse"). Quotes keep FTS syntax characters inert.
 */
export function toMatchQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '')}"*`).join(' ');
}

/** The words of a search: split at spaces and punctuation, dashes and dots at their edges trimmed. */
function searchWords(text: string): string[] {
  return text
    .split(/[\s,;:!?()[\]{}"'„“”‚‘’«»/\\+*^~|<>=&]+/u)
    .map((word) => word.replace(/^[-.]+|[-.]+$/g, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * The same search for PostgreSQL's index (migration 0003): every word required, a word of several
 * parts ("al-masri", "SP-1") as those parts in a row with the last one a prefix – what FTS5 makes
 * of `"al-masri"*`; single parts are prefixes ("Sprachkurs" finds "Sprachkurse").
 */
export function toTsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const lexeme = (part: string) => `'${part.replace(/'/g, "''")}'`;
  return words
    .map((word) => {
      const parts = word.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
      return `${parts.map(lexeme).join(' <-> ')}:*`;
    })
    .join(' & ');
}

const STOPWORDS = new Set(
  'der die das den dem des ein eine einer eines einem einen und oder für fur mit von vom zum zur im in an am auf aus bei für über uber unter nach vor durch als auch wie sowie the of and for'.split(' '),
);

/** Significant word stems of a title: folded, without stopwords, cut to six letters. */
export function titleStems(title: string): Set<string> {
  return new Set(
    foldText(title)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && !STOPWORDS.has(word))
      .map((word) => word.slice(0, 6)),
  );
}

/** How alike two titles are, 0..1 (overlap of stems relative to the shorter title). */
export function titleSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Next free code for a field: "ZL" and existing ZL-01, ZL-02 → "ZL-03". */
export function nextCode(prefix: string, existingCodes: readonly string[]): string {
  const pattern = new RegExp(`^${prefix.replace(/[^A-ZÄÖÜ0-9]/g, '')}-(\\d+)$`);
  const highest = existingCodes.reduce((max, code) => {
    const match = pattern.exec(code);
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `${prefix}-${String(highest + 1).padStart(2, '0')}`;
}

/** A short code from a name when the field has none: initials of the first two words ("Arbeit und Bildung" → "AB"). */
export function shortCodeFromName(name: string): string {
  const words = name.split(/\s+/).filter((word) => word.length > 0 && !STOPWORDS.has(word.toLowerCase()));
  const initials = words
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return (initials.length === 2 ? initials : (words[0] ?? 'M').slice(0, 2).toUpperCase()).replace(/[^A-ZÄÖÜ]/g, 'M');
}
