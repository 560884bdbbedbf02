import { BOLD_WIDTHS, REGULAR_WIDTHS, UNITS_PER_EM, type WidthRange } from './font-widths';
import type { Inline } from './blocks';
import { cleanText } from './text-runs';

/**
 * How many lines a text takes at a width: greedy breaking at spaces, as Word and LibreOffice
 * break lines, with Arial's widths (characters outside the table count as an average letter).
 */
const tableOf = (ranges: readonly WidthRange[]): Map<number, number> => {
  const widths = new Map<number, number>();
  for (const range of ranges) range.widths.forEach((width, index) => width > 0 && widths.set(range.from + index, width));
  return widths;
};

const REGULAR = tableOf(REGULAR_WIDTHS);
const BOLD = tableOf(BOLD_WIDTHS);
const AVERAGE = 1139;

export function textWidth(text: string, size: number, bold = false): number {
  const widths = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) units += widths.get(char.codePointAt(0) ?? 0) ?? AVERAGE;
  return (units / UNITS_PER_EM) * size;
}

interface Token {
  readonly width: number;
  /** Width of the space before it; 0 when it follows a hyphen or dash in the same word. */
  readonly gap: number;
}

/** Break opportunities: spaces, and after a hyphen or dash inside a word ("Online-|Formular", "2022–|2024"). */
const BREAK_AFTER = /(?<=[-\u2013\u2014])(?=[^\s])/;

/** The pieces a line may break between, with their widths; a piece may mix bold and regular text. */
function tokensOf(parts: ReadonlyArray<{ text: string; bold: boolean }>, size: number, space: number): Token[] {
  const tokens: Token[] = [];
  let width = 0;
  let gap = 0;
  let open = false;
  const close = () => {
    if (open) tokens.push({ width, gap });
    width = 0;
    open = false;
  };
  for (const part of parts) {
    for (const piece of part.text.split(/( +)/)) {
      if (piece === '') continue;
      if (piece.startsWith(' ')) {
        close();
        gap = space;
        continue;
      }
      piece.split(BREAK_AFTER).forEach((chunk, index) => {
        if (index > 0) {
          close();
          gap = 0;
        }
        width += textWidth(chunk, size, part.bold);
        open = true;
      });
    }
  }
  close();
  return tokens;
}

function linesOfOneLine(tokens: readonly Token[], width: number): number {
  let lines = 1;
  let used = -1;
  const start = (token: Token) => {
    // A piece wider than the line is broken by characters.
    lines += Math.max(0, Math.ceil(token.width / width) - 1);
    used = token.width > width ? token.width % width : token.width;
  };
  for (const token of tokens) {
    if (used < 0) start(token);
    else if (used + token.gap + token.width <= width + 0.01) used += token.gap + token.width;
    else {
      lines += 1;
      start(token);
    }
  }
  return lines;
}

/** Lines of inline content at a font size and line width (points); "\n" forces a new line. */
export function countLines(content: readonly Inline[], size: number, width: number, allBold = false): number {
  const lines: Array<Array<{ text: string; bold: boolean }>> = [[]];
  for (const inline of content) {
    cleanText(inline.text)
      .split('\n')
      .forEach((text, index) => {
        if (index > 0) lines.push([]);
        lines.at(-1)!.push({ text, bold: allBold || inline.bold === true });
      });
  }
  const space = textWidth(' ', size, allBold);
  return lines.reduce((total, parts) => total + linesOfOneLine(tokensOf(parts, size, space), width), 0);
}
