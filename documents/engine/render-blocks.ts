import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  ImageRun,
  LineRuleType,
  PageBreak,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
} from 'docx';
import type { Alignment, Block, Inline, ListItem, Signer } from './blocks';
import { fitInto, imageSizeOf, type LogoImage } from './image-size';
import { displayLineHeight, LETTERHEAD, RULE_GAP_POINTS, RULE_LINE_POINTS, SIGNATURE } from './layout-constants';
import { bodyWidthTwips } from './page-setup';
import { STYLE_IDS } from './styles';
import { textRuns } from './text-runs';
import { COLORS, TYPOGRAPHY } from './typography';
import { pixelsFromMm, twipsFromMm, twipsFromPoints } from './units';

export const LIST_REFERENCE = 'lbw-numbered';

export interface RenderOptions {
  readonly chapterStartsNewPage: boolean;
  readonly contentsLevels: number;
  /** Blocks that start a new page by the page plan (its `pinnedBreaks`). */
  readonly breaksBefore?: ReadonlySet<number>;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const runsOf = (content: readonly Inline[], size?: number, color?: string): TextRun[] =>
  content.flatMap((inline) => textRuns(inline.text, { bold: inline.bold, italics: inline.italics, size, color }));

/** Every body paragraph: widow/orphan control on, so Word and LibreOffice break pages alike. */
const para = (options: IParagraphOptions): Paragraph => new Paragraph({ widowControl: true, ...options });

const pictureRun = (logo: LogoImage, maxWidthMm: number, maxHeightMm: number): ImageRun => {
  const box = fitInto(imageSizeOf(logo.data) ?? { width: 1, height: 1 }, maxWidthMm, maxHeightMm);
  return new ImageRun({
    type: logo.type,
    data: logo.data,
    transformation: { width: pixelsFromMm(box.widthMm), height: pixelsFromMm(box.heightMm) },
    altText: { name: 'Logo', description: 'Logo', title: 'Logo' },
  });
};

/** A paragraph holding a picture must not have exact line spacing, or the picture is cut off. */
const pictureParagraph = (logo: LogoImage, maxWidthMm: number, maxHeightMm: number, align: Alignment, after = 0, pageBreakBefore?: boolean): Paragraph =>
  para({ alignment: ALIGN[align], pageBreakBefore, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: twipsFromPoints(after) }, children: [pictureRun(logo, maxWidthMm, maxHeightMm)] });

const cellText = (content: readonly Inline[], align: Alignment = 'left', extra: IParagraphOptions = {}): Paragraph =>
  para({ style: STYLE_IDS.tableText, alignment: ALIGN[align], children: runsOf(content), ...extra });

const noBorders = TableBorders.NONE;

function listParagraphs(items: readonly ListItem[], instance: number, pageBreakBefore: boolean): Paragraph[] {
  return items.flatMap((item, itemIndex) => {
    const parts = [item.content, ...item.details];
    return parts.map((part, index) =>
      para({
        pageBreakBefore: (pageBreakBefore && itemIndex === 0 && index === 0) || undefined,
        style: index === 0 ? STYLE_IDS.listNumber : STYLE_IDS.listContinue,
        numbering: index === 0 ? { reference: LIST_REFERENCE, level: 0, instance, custom: true } : undefined,
        keepNext: index < parts.length - 1,
        children: runsOf(part),
      }),
    );
  });
}

function dataTable(block: Extract<Block, { type: 'table' }>): Table {
  const widths = block.columns.map((column) => Math.round(bodyWidthTwips * column.share));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, index) => new TableCell({ width: { size: widths[index]!, type: WidthType.DXA }, children: [cellText([{ text: column.header, bold: true }], column.align)] })),
  });
  // The totals row is also bold directly: LibreOffice does not apply a table style's last-row format.
  const isTotals = (rowIndex: number) => block.totalsRow && rowIndex === block.rows.length - 1;
  const height = block.minRowHeightMm ? { value: twipsFromMm(block.minRowHeightMm), rule: HeightRule.ATLEAST } : undefined;
  const rows = block.rows.map(
    (row, rowIndex) =>
      new TableRow({
        cantSplit: true,
        height,
        children: block.columns.map(
          (column, index) => new TableCell({ width: { size: widths[index]!, type: WidthType.DXA }, children: [cellText([{ text: row[index] ?? '', bold: isTotals(rowIndex) || undefined }], column.align)] }),
        ),
      }),
  );
  return new Table({
    style: STYLE_IDS.table,
    width: { size: bodyWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    tableLook: { firstRow: true, lastRow: block.totalsRow, noHBand: true, noVBand: true },
    rows: [header, ...rows],
  });
}

function signatureTable(signers: readonly Signer[]): Table {
  const perRow = Math.min(SIGNATURE.columns, Math.max(1, signers.length));
  const width = Math.floor(bodyWidthTwips / perRow);
  const rows: TableRow[] = [];
  for (let start = 0; start < signers.length; start += perRow) {
    const group = signers.slice(start, start + perRow);
    const cells = Array.from({ length: perRow }, (_, index) => group[index]);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (signer) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              margins: { left: 0, right: twipsFromMm(6), top: 0, bottom: twipsFromPoints(SIGNATURE.rowGapPoints) },
              children: signer
                ? [
                    para({ style: STYLE_IDS.signature, keepNext: true, children: textRuns(signer.heading, { bold: true }) }),
                    para({ style: STYLE_IDS.signature, keepNext: true, spacing: { before: twipsFromPoints(SIGNATURE.signingSpacePoints) }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: COLORS.text, space: 2 } }, children: textRuns(signer.name) }),
                    para({ style: STYLE_IDS.signature, children: textRuns(signer.role) }),
                  ]
                : [para({ style: STYLE_IDS.signature, children: [] })],
            }),
        ),
      }),
    );
  }
  return new Table({ width: { size: perRow * width, type: WidthType.DXA }, columnWidths: Array<number>(perRow).fill(width), borders: noBorders, rows });
}

function letterheadTable(block: Extract<Block, { type: 'letterhead' }>): Table {
  const leftWidth = Math.round(bodyWidthTwips * LETTERHEAD.leftShare);
  const rightWidth = bodyWidthTwips - leftWidth;
  const left = block.left.map((line, index) =>
    index === 0
      ? para({ style: STYLE_IDS.tableText, spacing: { line: twipsFromPoints(LETTERHEAD.firstLineHeight), lineRule: LineRuleType.EXACT }, children: textRuns(line, { bold: true, size: LETTERHEAD.firstLineSize }) })
      : cellText([{ text: line }]),
  );
  const right = [
    ...(block.logo ? [pictureParagraph(block.logo, LETTERHEAD.logoMaxWidthMm, LETTERHEAD.logoMaxHeightMm, 'right', LETTERHEAD.logoGapPoints)] : []),
    ...block.right.map((line) => cellText([{ text: line }], 'right')),
  ];
  const cell = (children: Paragraph[], width: number, side: 'left' | 'right') =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, margins: side === 'left' ? { left: 0, right: twipsFromMm(3) } : { left: twipsFromMm(3), right: 0 }, children: children.length ? children : [cellText([])] });
  return new Table({
    width: { size: bodyWidthTwips, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    borders: noBorders,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth, 'left'), cell(right, rightWidth, 'right')] })],
  });
}

/** Turns blocks into Word paragraphs and tables. A page break is carried by the next paragraph. */
export function renderBlocks(blocks: readonly Block[], options: RenderOptions): FileChild[] {
  const out: FileChild[] = [];
  let breakPending = false;
  let listInstance = 0;
  const takeBreak = (): boolean => {
    const pending = breakPending;
    breakPending = false;
    return pending;
  };
  const beforeTable = () => {
    // A table cannot carry "page break before"; a paragraph with a break does it instead.
    if (takeBreak()) out.push(para({ spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [new PageBreak()] }));
  };
  const t = TYPOGRAPHY;
  for (const [index, block] of blocks.entries()) {
    if (options.breaksBefore?.has(index)) breakPending = true;
    switch (block.type) {
      case 'pageBreak':
        breakPending = true;
        break;
      case 'title':
        out.push(para({ style: 'Title', pageBreakBefore: takeBreak() || undefined, children: textRuns(block.text) }));
        break;
      case 'subtitle':
        out.push(para({ style: STYLE_IDS.subtitle, pageBreakBefore: takeBreak() || undefined, children: textRuns(block.text) }));
        break;
      case 'heading': {
        const pageBreakBefore = takeBreak() || (block.level === 1 && options.chapterStartsNewPage) || undefined;
        out.push(para({ style: `Heading${block.level}`, pageBreakBefore, children: textRuns(block.text) }));
        break;
      }
      case 'paragraph':
        out.push(
          para({
            style: block.style === 'small' ? STYLE_IDS.small : undefined,
            alignment: ALIGN[block.align],
            keepNext: block.keepNext || undefined,
            keepLines: block.keepLines || undefined,
            pageBreakBefore: takeBreak() || undefined,
            spacing: block.size ? { line: twipsFromPoints(displayLineHeight(block.size)), lineRule: LineRuleType.EXACT } : undefined,
            children: runsOf(block.content, block.size, block.color),
          }),
        );
        break;
      case 'numberedList':
        out.push(...listParagraphs(block.items, ++listInstance, takeBreak()));
        break;
      case 'facts': {
        const pageBreakBefore = takeBreak() || undefined;
        block.facts.forEach((fact, index) =>
          out.push(
            para({
              style: STYLE_IDS.facts,
              pageBreakBefore: index === 0 ? pageBreakBefore : undefined,
              keepNext: index < block.facts.length - 1,
              keepLines: true,
              tabStops: [{ type: TabStopType.LEFT, position: twipsFromMm(t.facts.indentMm) }],
              children: [...textRuns(fact.label, { bold: true }), new TextRun({ children: [new Tab()] }), ...textRuns(fact.value)],
            }),
          ),
        );
        break;
      }
      case 'table':
        beforeTable();
        out.push(dataTable(block));
        break;
      case 'signatures':
        beforeTable();
        out.push(signatureTable(block.signers));
        break;
      case 'letterhead':
        beforeTable();
        out.push(letterheadTable(block));
        break;
      case 'image':
        out.push(pictureParagraph(block.image, block.maxWidthMm, block.maxHeightMm, block.align, t.normal.after, takeBreak() || undefined));
        break;
      case 'spacer':
        out.push(para({ pageBreakBefore: takeBreak() || undefined, spacing: { line: twipsFromPoints(block.points), lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] }));
        break;
      case 'rule':
        out.push(
          para({
            pageBreakBefore: takeBreak() || undefined,
            spacing: { line: twipsFromPoints(RULE_LINE_POINTS), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
            border: { bottom: { style: BorderStyle.SINGLE, size: Math.round(block.thicknessPoints * 8), color: block.color, space: RULE_GAP_POINTS } },
            children: [],
          }),
        );
        break;
      case 'tableOfContents':
        out.push(para({ style: STYLE_IDS.tocHeading, pageBreakBefore: takeBreak() || undefined, children: textRuns(block.title) }));
        out.push(new TableOfContents(block.title, { hyperlink: true, headingStyleRange: `1-${options.contentsLevels}` }));
        break;
    }
  }
  return out;
}
