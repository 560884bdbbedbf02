import type { LogoImage } from './image-size';
import { splitParagraphs } from './text-runs';

/**
 * The building blocks of every document. Builders describe a document as a list of blocks; the
 * engine turns them into Word paragraphs and tables and, from the same list, estimates on which
 * page each chapter starts. Minutes and invitations use the same blocks.
 */
export interface Inline {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

export interface ListItem {
  /** The numbered first paragraph. */
  readonly content: readonly Inline[];
  /** Further paragraphs of the item, indented under it. */
  readonly details: ReadonlyArray<readonly Inline[]>;
}

export interface Fact {
  readonly label: string;
  readonly value: string;
}

export interface TableColumn {
  readonly header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  readonly share: number;
  readonly align?: 'left' | 'right' | 'center';
}

export interface Signer {
  /** Above the line, e.g. "Für die Fraktion SPD". */
  readonly heading: string;
  readonly name: string;
  /** Below the name, e.g. "Fraktionsvorsitzende". */
  readonly role: string;
}

export type Alignment = 'left' | 'center' | 'right';

export type Block =
  | { readonly type: 'title'; readonly text: string }
  | { readonly type: 'subtitle'; readonly text: string }
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | {
      readonly type: 'paragraph';
      readonly content: readonly Inline[];
      readonly style: 'normal' | 'small';
      readonly align: Alignment;
      readonly keepNext: boolean;
      /** All lines on one page (with keepNext: the paragraph goes with what follows it as a whole). */
      readonly keepLines: boolean;
      /** Size in points for display lines (title page); the style's otherwise. */
      readonly size?: number;
      readonly color?: string;
    }
  | { readonly type: 'numberedList'; readonly items: readonly ListItem[] }
  | { readonly type: 'facts'; readonly facts: readonly Fact[] }
  | {
      readonly type: 'table';
      readonly columns: readonly TableColumn[];
      readonly rows: ReadonlyArray<readonly string[]>;
      /** The last row sums the others (the table style sets it bold, with a rule above). */
      readonly totalsRow: boolean;
      /** Each body row at least this high (room to sign on a printed list). */
      readonly minRowHeightMm?: number;
    }
  | { readonly type: 'signatures'; readonly signers: readonly Signer[] }
  | {
      readonly type: 'letterhead';
      readonly left: readonly string[];
      readonly right: readonly string[];
      readonly logo: LogoImage | null;
    }
  | { readonly type: 'image'; readonly image: LogoImage; readonly maxWidthMm: number; readonly maxHeightMm: number; readonly align: Alignment }
  | { readonly type: 'spacer'; readonly points: number }
  | { readonly type: 'rule'; readonly color: string; readonly thicknessPoints: number }
  | { readonly type: 'pageBreak' }
  | { readonly type: 'tableOfContents'; readonly title: string };

const inlines = (content: string | readonly Inline[]): readonly Inline[] => (typeof content === 'string' ? [{ text: content }] : content);

export const title = (text: string): Block => ({ type: 'title', text });
export const subtitle = (text: string): Block => ({ type: 'subtitle', text });
export const heading = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, text });

export interface ParagraphOptions {
  readonly style?: 'normal' | 'small';
  readonly align?: Alignment;
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly size?: number;
  readonly color?: string;
}

export const paragraph = (content: string | readonly Inline[], options: ParagraphOptions = {}): Block => ({
  type: 'paragraph',
  content: inlines(content),
  style: options.style ?? 'normal',
  align: options.align ?? 'left',
  keepNext: options.keepNext ?? false,
  keepLines: options.keepLines ?? false,
  size: options.size,
  color: options.color,
});

/** A multi-line text field as paragraphs: blank lines start a new paragraph, single line breaks stay. */
export const paragraphs = (text: string, options: ParagraphOptions = {}): Block[] => splitParagraphs(text).map((part) => paragraph(part, options));

export const bold = (text: string): Inline => ({ text, bold: true });

export const numberedList = (items: readonly ListItem[]): Block => ({ type: 'numberedList', items });
/** Label–value lines ("Federführung: …"); empty values are left out. */
export const facts = (rows: readonly Fact[]): Block => ({ type: 'facts', facts: rows.filter((row) => row.value.trim() !== '') });
export const table = (columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>, options: { totalsRow?: boolean; minRowHeightMm?: number } = {}): Block => ({
  type: 'table',
  columns,
  rows,
  totalsRow: options.totalsRow ?? false,
  ...(options.minRowHeightMm ? { minRowHeightMm: options.minRowHeightMm } : {}),
});
export const signatures = (signers: readonly Signer[]): Block => ({ type: 'signatures', signers });
export const letterhead = (left: readonly string[], right: readonly string[], logo: LogoImage | null = null): Block => ({ type: 'letterhead', left, right, logo });
export const image = (img: LogoImage, maxWidthMm: number, maxHeightMm: number, align: Alignment = 'left'): Block => ({ type: 'image', image: img, maxWidthMm, maxHeightMm, align });
export const spacer = (points: number): Block => ({ type: 'spacer', points });
export const pageBreak = (): Block => ({ type: 'pageBreak' });
/** A horizontal bar across the text width (cover pages, separators). */
export const rule = (color: string, thicknessPoints = 1): Block => ({ type: 'rule', color, thicknessPoints });
export const tableOfContents = (heading = 'Inhalt'): Block => ({ type: 'tableOfContents', title: heading });
