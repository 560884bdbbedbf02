/**
 * Academic titles as Outlook users type them into "Anrede" or in front of the first name ("Dr.",
 * "Prof. Dr.", "Dr. med.", "Dipl.-Ing."): they belong in the title, not the salutation, so letters
 * read "Sehr geehrte Frau Dr. Rahimi" and the title is not lost to "Frau".
 */
const TITLE_WORD = /^(?:prof\.?|dr\.?|dr\.-ing\.?|dipl\.-[\p{L}]+\.?|pd|h\.\s?c\.?|mult\.?|med\.?|dent\.?|vet\.?|rer\.?|nat\.?|pol\.?|phil\.?|jur\.?|oec\.?|theol\.?|habil\.?|em\.?|mag\.?|m\.\s?a\.?|b\.\s?a\.?|ll\.\s?m\.?)$/iu;
/** Words of a title only after "Dr." or "Prof." ("med.", "rer. nat."), never on their own. */
const TITLE_START = /^(?:prof\.?|dr\.?|dr\.-ing\.?|dipl\.-[\p{L}]+\.?|pd|mag\.?)$/iu;

export interface SplitTitle {
  readonly title: string;
  readonly rest: string;
}

/** "Frau Prof. Dr." → title "Prof. Dr.", rest "Frau"; "Herr" → no title. */
export function titleInSalutation(text: string): SplitTitle {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const start = words.findIndex((word) => TITLE_START.test(word));
  if (start < 0) return { title: '', rest: text.trim() };
  let end = start;
  while (end < words.length && TITLE_WORD.test(words[end]!)) end++;
  return { title: words.slice(start, end).join(' '), rest: [...words.slice(0, start), ...words.slice(end)].join(' ') };
}

/** "Dr. Leyla" → title "Dr.", rest "Leyla": only titles in front of the name. */
export function titleBeforeName(text: string): SplitTitle {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || !TITLE_START.test(words[0]!)) return { title: '', rest: text.trim() };
  let end = 0;
  while (end < words.length - 1 && TITLE_WORD.test(words[end]!)) end++;
  return { title: words.slice(0, end).join(' '), rest: words.slice(end).join(' ') };
}

/** Titles from two columns, the same one once ("Dr." and "Prof. Dr." → "Prof. Dr."). */
export function joinTitles(first: string, second: string): string {
  if (!first || second.includes(first)) return second;
  if (!second || first.includes(second)) return first;
  return `${first} ${second}`;
}
