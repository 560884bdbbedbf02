import type { Block, Inline } from './blocks';
import { fitInto, imageSizeOf, type LogoImage } from './image-size';
import { LETTERHEAD, RULE_GAP_POINTS, RULE_LINE_POINTS, SIGNATURE, TABLE_ROW_EXTRA_POINTS, TOC_NUMBER_ROOM_POINTS, displayLineHeight } from './layout-constants';
import { bodyHeightPoints, bodyWidthPoints } from './page-setup';
import { countLines } from './text-measure';
import { TABLE_CELL, TYPOGRAPHY, type TextMetrics } from './typography';
import { pointsFromMm } from './units';

/**
 * Estimates on which page each heading starts, so the table of contents can carry its page
 * numbers when the file is written: a TOC field is otherwise empty (LibreOffice) or blank
 * until Word updates it. It lays out the same blocks the renderer writes, with the same style
 * table, exact line heights, Arial widths, keep-with-next chains and widow/orphan control, and
 * the spacing rules Word and LibreOffice share (the larger of space after and space before
 * between paragraphs; space before dropped at the top of a page after a natural break, kept
 * after a forced one). It is linear in the text, so 500 measures take milliseconds.
 */
interface FlowItem {
  readonly lines: number;
  readonly lineHeight: number;
  readonly before: number;
  readonly after: number;
  readonly keepNext: boolean;
  /** Lines stay on one page (keepLines, table rows, pictures). */
  readonly whole: boolean;
  breakBefore: boolean;
  /** Index of the heading in the contents, when it is listed there. */
  readonly entry?: number;
  /** The block it comes from, on the first item of each block (where a page break can be pinned). */
  startsBlock?: number;
}

export interface PaginationOptions {
  readonly chapterStartsNewPage: boolean;
  /** Headings up to this level are listed in the contents. */
  readonly contentsLevels: number;
  /** Write each planned page break into the file (see `pinnedBreaks`). */
  readonly pinPageBreaks?: boolean;
}

export interface PagePlan {
  /** Page of each listed heading, in document order. */
  readonly entryPages: readonly number[];
  readonly pageCount: number;
  /**
   * With `pinPageBreaks`: the blocks that start a page by the plan, which the renderer gives
   * "page break before". Word and LibreOffice then break where the plan did instead of deciding
   * themselves; LibreOffice does not always honour a long keep-with-next chain (in a 500-measure
   * edition it split one measure on page 5, so every later page number was one too high), Word
   * does. Each page is filled only up to PIN_RESERVE_POINTS below its foot, so a line that wraps
   * differently in either still fits on the page the plan gave it.
   */
  readonly pinnedBreaks: ReadonlySet<number>;
}

/** Room left free on a page whose break is pinned: two body lines. */
export const PIN_RESERVE_POINTS = 2 * TYPOGRAPHY.normal.line;

const text = (content: string): Inline[] => [{ text: content }];

const styled = (m: TextMetrics, lines: number, extra: Partial<FlowItem> = {}): FlowItem => ({
  lines,
  lineHeight: m.line,
  before: m.before,
  after: m.after,
  keepNext: m.keepNext,
  whole: m.keepNext,
  breakBefore: false,
  ...extra,
});

/** A block of fixed height that does not split (a table row, a picture, a spacer). */
const fixed = (height: number, extra: Partial<FlowItem> = {}): FlowItem => ({ lines: 1, lineHeight: height, before: 0, after: 0, keepNext: false, whole: true, breakBefore: false, ...extra });

const cellLines = (content: string, widthPoints: number, size = TYPOGRAPHY.tableText.size, bold = false) =>
  countLines(text(content), size, Math.max(10, widthPoints - 2 * TABLE_CELL.sidePoints), bold);

export function logoHeightPoints(logo: LogoImage, maxWidthMm: number, maxHeightMm: number): number {
  const size = imageSizeOf(logo.data) ?? { width: 1, height: 1 };
  return pointsFromMm(fitInto(size, maxWidthMm, maxHeightMm).heightMm);
}

function itemsOf(block: Block, options: PaginationOptions, contents: string[]): FlowItem[] {
  const t = TYPOGRAPHY;
  const width = bodyWidthPoints;
  switch (block.type) {
    case 'title':
      return [styled(t.title, countLines(text(block.text), t.title.size, width, true))];
    case 'subtitle':
      return [styled(t.subtitle, countLines(text(block.text), t.subtitle.size, width))];
    case 'heading': {
      const m = block.level === 1 ? t.heading1 : block.level === 2 ? t.heading2 : t.heading3;
      const listed = block.level <= options.contentsLevels && block.text.trim() !== '';
      if (listed) contents.push(block.text);
      return [
        styled(m, countLines(text(block.text), m.size, width, true), {
          breakBefore: block.level === 1 && options.chapterStartsNewPage,
          ...(listed ? { entry: contents.length - 1 } : {}),
        }),
      ];
    }
    case 'paragraph': {
      const m = block.style === 'small' ? t.small : t.normal;
      const size = block.size ?? m.size;
      const lineHeight = block.size ? displayLineHeight(block.size) : m.line;
      return [styled(m, countLines(block.content, size, width), { lineHeight, keepNext: block.keepNext, whole: block.keepLines })];
    }
    case 'numberedList':
      return block.items.flatMap((item) => {
        const inner = width - pointsFromMm(t.listNumber.indentMm);
        const parts = [item.content, ...item.details];
        return parts.map((part, index) =>
          styled(index === 0 ? t.listNumber : t.listContinue, countLines(part, t.listNumber.size, inner), { keepNext: index < parts.length - 1, whole: false }),
        );
      });
    case 'facts': {
      const inner = width - pointsFromMm(t.facts.indentMm);
      return block.facts.map((fact, index) => styled(t.facts, countLines(text(fact.value), t.facts.size, inner), { keepNext: index < block.facts.length - 1, whole: true }));
    }
    case 'table': {
      const rows = [block.columns.map((column) => column.header), ...block.rows];
      return rows.map((row, rowIndex) => {
        const lines = Math.max(1, ...row.map((cell, column) => cellLines(cell, width * (block.columns[column]?.share ?? 0), t.tableText.size, rowIndex === 0)));
        const minimum = rowIndex > 0 && block.minRowHeightMm ? pointsFromMm(block.minRowHeightMm) : 0;
        return fixed(Math.max(lines * t.tableText.line + TABLE_ROW_EXTRA_POINTS, minimum), { keepNext: rowIndex === 0 });
      });
    }
    case 'signatures': {
      const perRow = SIGNATURE.columns;
      const cellWidth = width / Math.min(perRow, Math.max(1, block.signers.length));
      const rows: FlowItem[] = [];
      for (let start = 0; start < block.signers.length; start += perRow) {
        const lines = block.signers.slice(start, start + perRow).map((signer) => cellLines(signer.heading, cellWidth, t.signature.size, true) + cellLines(signer.name, cellWidth) + (signer.role ? cellLines(signer.role, cellWidth) : 0));
        rows.push(fixed(Math.max(...lines) * t.signature.line + SIGNATURE.signingSpacePoints + SIGNATURE.rowGapPoints + TABLE_ROW_EXTRA_POINTS));
      }
      return rows;
    }
    case 'letterhead': {
      const leftWidth = width * LETTERHEAD.leftShare;
      const rightWidth = width - leftWidth;
      const left = block.left.reduce((sum, line, index) => sum + (index === 0 ? LETTERHEAD.firstLineHeight * cellLines(line, leftWidth, LETTERHEAD.firstLineSize, true) : t.tableText.line * cellLines(line, leftWidth)), 0);
      const logo = block.logo ? logoHeightPoints(block.logo, LETTERHEAD.logoMaxWidthMm, LETTERHEAD.logoMaxHeightMm) + LETTERHEAD.logoGapPoints : 0;
      const right = logo + block.right.reduce((sum, line) => sum + t.tableText.line * cellLines(line, rightWidth), 0);
      return [fixed(Math.max(left, right) + TABLE_ROW_EXTRA_POINTS)];
    }
    case 'image':
      return [fixed(logoHeightPoints(block.image, block.maxWidthMm, block.maxHeightMm) + 4, { after: t.normal.after })];
    case 'spacer':
      return [fixed(block.points)];
    case 'rule':
      return [fixed(RULE_LINE_POINTS + block.thicknessPoints + RULE_GAP_POINTS)];
    case 'pageBreak':
      return [];
    case 'tableOfContents':
      return [styled(t.heading1, 1)];
  }
}

/** Lays the items out page by page; returns the page of each listed heading. */
function paginate(items: readonly FlowItem[], entryCount: number, pin: boolean): PagePlan {
  const height = bodyHeightPoints;
  // Blocks that must stay whole are placed against the reserved foot when breaks are pinned;
  // paragraphs that may split are split where Word and LibreOffice would, at the full height.
  const limit = pin ? height - PIN_RESERVE_POINTS : height;
  const pinnedBreaks = new Set<number>();
  const entryPages: number[] = new Array<number>(entryCount).fill(0);
  let page = 1;
  let used = 0;
  let lastAfter = 0;
  let forcedTop = true; // the first page counts as forced: its first space before is kept
  const newPage = (forced: boolean) => {
    page++;
    used = 0;
    lastAfter = 0;
    forcedTop = forced;
  };
  /** A break before an item: pinned (and so forced, keeping its space before) where it starts a block. */
  const breakAt = (item: FlowItem) => {
    const pinned = pin && item.startsBlock !== undefined;
    if (pinned) pinnedBreaks.add(item.startsBlock!);
    newPage(pinned);
  };
  const spaceAbove = (item: FlowItem) => (used === 0 ? (forcedTop ? item.before : 0) : Math.max(lastAfter, item.before) - lastAfter);
  const firstPart = (item: FlowItem) => (item.whole ? item.lines : Math.min(item.lines, 2)) * item.lineHeight;

  items.forEach((item, index) => {
    if (item.breakBefore && (used > 0 || !forcedTop)) newPage(true);
    else if (item.breakBefore) forcedTop = true;
    // Keep with next: the chain up to the first lines of the paragraph after it must fit.
    if (item.keepNext && used > 0) {
      let need = spaceAbove(item) + item.lines * item.lineHeight;
      let after = item.after;
      for (let next = index + 1; next < items.length; next++) {
        const following = items[next]!;
        if (following.breakBefore) break;
        need += Math.max(after, following.before) + (following.keepNext ? following.lines * following.lineHeight : firstPart(following));
        after = following.after;
        if (!following.keepNext) break;
      }
      if (used + need > limit && need <= height) breakAt(item);
    }
    const solid = item.whole || item.lines < 4;
    const fits = (lines: number) => used + spaceAbove(item) + lines * item.lineHeight <= (solid ? limit : height) + 0.01;
    if (!fits(item.lines)) {
      const total = item.lines * item.lineHeight;
      const room = Math.floor((height - used - spaceAbove(item) + 0.01) / item.lineHeight);
      const splittable = !item.whole && item.lines >= 4 && room >= 2;
      if (!splittable) {
        if (used > 0) breakAt(item);
      } else {
        // Widow and orphan control: at least two lines on each side of the break.
        const first = Math.min(room, item.lines - 2);
        if (item.entry !== undefined) entryPages[item.entry] = page;
        let rest = item.lines - first;
        const perPage = Math.max(1, Math.floor(height / item.lineHeight));
        newPage(false);
        while (rest > perPage) {
          rest -= perPage;
          newPage(false);
        }
        used = rest * item.lineHeight;
        lastAfter = item.after;
        used += item.after;
        return;
      }
      if (total > height && item.whole) {
        // Taller than a page: it breaks anyway.
        if (item.entry !== undefined) entryPages[item.entry] = page;
        const pages = Math.ceil(total / height);
        for (let extra = 1; extra < pages; extra++) newPage(false);
        used = total - (pages - 1) * height + item.after;
        lastAfter = item.after;
        return;
      }
    }
    if (item.entry !== undefined) entryPages[item.entry] = page;
    used += spaceAbove(item) + item.lines * item.lineHeight + item.after;
    lastAfter = item.after;
  });
  return { entryPages, pageCount: page, pinnedBreaks };
}

/** Items of the contents list itself: one per entry, and the paragraph that closes the field. */
function contentsItems(titles: readonly string[]): FlowItem[] {
  const t = TYPOGRAPHY;
  const width = bodyWidthPoints - TOC_NUMBER_ROOM_POINTS;
  return [...titles.map((entry) => styled(t.toc1, countLines(text(entry), t.toc1.size, width))), styled(t.normal, 1)];
}

export function planPages(blocks: readonly Block[], options: PaginationOptions): PagePlan {
  const contents: string[] = [];
  const perBlock = blocks.map((block) => itemsOf(block, options, contents));
  const items: FlowItem[] = [];
  let pendingBreak = false;
  blocks.forEach((block, index) => {
    if (block.type === 'pageBreak') {
      pendingBreak = true;
      return;
    }
    const own = block.type === 'tableOfContents' ? [...perBlock[index]!, ...contentsItems(contents)] : perBlock[index]!;
    if (pendingBreak && own[0]) {
      own[0].breakBefore = true;
      pendingBreak = false;
    }
    if (own[0]) own[0].startsBlock = index;
    items.push(...own);
  });
  return paginate(items, contents.length, options.pinPageBreaks === true);
}
