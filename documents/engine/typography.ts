/**
 * Sizes and spacing of every paragraph style, in points. The styles (what Word shows and users
 * restyle) and the page estimate for the table of contents are both made from this table, so
 * they cannot drift apart. Line spacing is "exactly": Word and LibreOffice then stack lines to
 * the same height, which keeps the estimated page numbers true in both.
 */
export interface TextMetrics {
  /** Font size. */
  readonly size: number;
  /** Exact line height. */
  readonly line: number;
  readonly before: number;
  readonly after: number;
  readonly bold: boolean;
  /** Left indent and hanging first line, in millimetres. */
  readonly indentMm: number;
  readonly hangingMm: number;
  readonly keepNext: boolean;
}

const metrics = (size: number, line: number, before: number, after: number, extra: Partial<TextMetrics> = {}): TextMetrics => ({
  size,
  line,
  before,
  after,
  bold: false,
  indentMm: 0,
  hangingMm: 0,
  keepNext: false,
  ...extra,
});

export const FONT = 'Arial';

export const TYPOGRAPHY = {
  normal: metrics(11, 15, 0, 8),
  title: metrics(18, 23, 0, 10, { bold: true, keepNext: true }),
  subtitle: metrics(13, 18, 0, 14, { keepNext: true }),
  heading1: metrics(16, 21, 18, 10, { bold: true, keepNext: true }),
  heading2: metrics(13, 17, 14, 6, { bold: true, keepNext: true }),
  heading3: metrics(11, 15, 10, 4, { bold: true, keepNext: true }),
  listNumber: metrics(11, 15, 0, 4, { indentMm: 8, hangingMm: 8 }),
  listContinue: metrics(11, 15, 0, 4, { indentMm: 8 }),
  facts: metrics(10, 13, 0, 2, { indentMm: 36, hangingMm: 36 }),
  toc1: metrics(11, 15, 0, 6),
  tableText: metrics(10, 13, 0, 0),
  small: metrics(9, 12, 0, 0),
  signature: metrics(10, 13, 0, 0),
} as const;

export type TextStyleName = keyof typeof TYPOGRAPHY;

/** Table cells: Word's default side margins (108 twips = 5.4 pt), a little air above and below. */
export const TABLE_CELL = { sidePoints: 5.4, verticalPoints: 2 } as const;

export const COLORS = {
  text: '1A1A1A',
  muted: '555555',
  rule: '8C8C8C',
  tableHeader: 'E7ECEF',
} as const;
