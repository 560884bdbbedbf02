import { NoBreakHyphen, TextRun } from 'docx';

/**
 * Turns user text into runs that survive Word, LibreOffice and the XML between them:
 * characters XML 1.0 forbids are dropped (the `docx` package escapes & < > and quotes, but a
 * stray control character would make the file unreadable), line breaks become real breaks, and
 * right-to-left script (Arabic, Farsi, Hebrew) is marked as such so names like "محمد رضایی"
 * keep their letter order inside German text.
 */

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Clean text: only XML-safe characters, "\n" as the one line break, tabs as spaces. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/\t/g, ' ').replace(FORBIDDEN, '');
}

/** Paragraphs of a multi-line field: blank lines separate paragraphs, single line breaks stay inside. */
export function splitParagraphs(text: string): string[] {
  return cleanText(text)
    .split(/\n[ \u00A0]*\n+/)
    .map((part) => part.replace(/^\n+|\n+$/g, '').trimEnd())
    .filter((part) => part.trim() !== '');
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]/;
const LTR_LETTER = /[A-Za-z0-9\u00C0-\u024F\u0370-\u052F]/;
const PERSIAN_LETTER = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/;
const HEBREW_LETTER = /[\u0590-\u05FF]/;

export interface DirectionSegment {
  readonly text: string;
  readonly rtl: boolean;
}

/**
 * Splits a line into left-to-right and right-to-left stretches. Spaces and punctuation between
 * two right-to-left letters belong to the right-to-left stretch ("علی رضایی" stays one run);
 * elsewhere they stay with the German text.
 */
export function directionSegments(line: string): DirectionSegment[] {
  const chars = [...line];
  const strong = chars.map((char) => (RTL_LETTER.test(char) ? 'R' : LTR_LETTER.test(char) ? 'L' : 'N'));
  const rtl = strong.map((kind) => kind === 'R');
  for (let start = 0; start < chars.length; start++) {
    if (strong[start] !== 'N') continue;
    let end = start;
    while (end < chars.length && strong[end] === 'N') end++;
    if (start > 0 && end < chars.length && strong[start - 1] === 'R' && strong[end] === 'R') rtl.fill(true, start, end);
    start = end;
  }
  const segments: DirectionSegment[] = [];
  chars.forEach((char, index) => {
    const last = segments.at(-1);
    const isRtl = rtl[index] === true;
    if (last && last.rtl === isRtl) segments[segments.length - 1] = { text: last.text + char, rtl: isRtl };
    else segments.push({ text: char, rtl: isRtl });
  });
  return segments;
}

/** The language tag Word needs to shape and proof a right-to-left stretch. */
function rtlLanguage(text: string): string {
  if (HEBREW_LETTER.test(text)) return 'he-IL';
  return PERSIAN_LETTER.test(text) ? 'fa-IR' : 'ar-SA';
}

export interface RunFormat {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
  readonly color?: string;
}

/** U+2011 is written as Word's own non-breaking hyphen, so "21‑2433" never splits at a line end. */
const NON_BREAKING_HYPHEN = '\u2011';
const withNonBreakingHyphens = (text: string): Array<string | NoBreakHyphen> =>
  text.split(NON_BREAKING_HYPHEN).flatMap((part, index) => (index === 0 ? [part] : [new NoBreakHyphen(), part])).filter((part) => part !== '');

/**
 * A heading that must stay on one line at its hyphens ("SPD-Fraktion"): they become non-breaking.
 * Not for codes and numbers (Drucksachen, measure codes): those keep ordinary hyphens, so a copy
 * from the file can be searched for.
 */
export const unbreakable = (text: string): string => text.replace(/-/g, NON_BREAKING_HYPHEN);

/** Runs for one piece of text with one format; "\n" becomes a line break. */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  const size = format.size === undefined ? undefined : format.size * 2;
  const base = { bold: format.bold, italics: format.italics, size, color: format.color };
  return cleanText(text)
    .split('\n')
    .flatMap((line, lineIndex) => {
      const segments = line === '' ? [{ text: '', rtl: false }] : directionSegments(line);
      return segments.map(
        (segment, segmentIndex) =>
          new TextRun({
            ...base,
            children: segment.text.includes(NON_BREAKING_HYPHEN) ? withNonBreakingHyphens(segment.text) : [segment.text],
            break: lineIndex > 0 && segmentIndex === 0 ? 1 : undefined,
            ...(segment.rtl ? { rightToLeft: true, language: { bidirectional: rtlLanguage(segment.text) } } : {}),
          }),
      );
    });
}
