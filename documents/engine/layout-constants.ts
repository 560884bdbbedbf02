/**
 * Sizes shared by the renderer and the page estimate for the blocks that are not plain styled
 * paragraphs: letterhead, signature block, pictures, table cells, list and label indents.
 */
export const LETTERHEAD = { leftShare: 0.62, firstLineSize: 12, firstLineHeight: 16, logoMaxWidthMm: 45, logoMaxHeightMm: 22, logoGapPoints: 4 } as const;
export const SIGNATURE = { columns: 3, signingSpacePoints: 34, rowGapPoints: 14 } as const;
export const TABLE_ROW_EXTRA_POINTS = 4.5;
/** Display paragraphs with their own size (title page) get a line height of 1.25 × size. */
export const displayLineHeight = (size: number): number => Math.round(size * 1.25 * 2) / 2;
/** The space after the page number in a contents line: the number itself and a dot leader's minimum. */
export const TOC_NUMBER_ROOM_POINTS = 36;
/** A rule is an empty paragraph this tall with its bar as bottom border, this far below. */
export const RULE_LINE_POINTS = 2;
export const RULE_GAP_POINTS = 1;
