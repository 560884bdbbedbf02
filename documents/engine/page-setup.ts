import { pointsFromMm, twipsFromMm } from './units';

/**
 * The one page setup of every document: A4 portrait, 25 mm left margin (DIN 5008 spirit, room
 * for punching and filing), 20 mm right. Header and footer sit inside the top and bottom
 * margins, so they never push the text down and every page holds the same number of lines.
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginLeftMm: 25,
  marginRightMm: 20,
  marginTopMm: 30,
  marginBottomMm: 25,
  headerMm: 12,
  footerMm: 12,
} as const;

export const bodyWidthMm = PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm;
export const bodyWidthPoints = pointsFromMm(bodyWidthMm);
export const bodyHeightPoints = pointsFromMm(PAGE.heightMm - PAGE.marginTopMm - PAGE.marginBottomMm);
export const bodyWidthTwips = twipsFromMm(bodyWidthMm);

/** The section page properties in the form `docx` takes them. */
export const sectionPage = {
  size: { width: twipsFromMm(PAGE.widthMm), height: twipsFromMm(PAGE.heightMm) },
  margin: {
    top: twipsFromMm(PAGE.marginTopMm),
    bottom: twipsFromMm(PAGE.marginBottomMm),
    left: twipsFromMm(PAGE.marginLeftMm),
    right: twipsFromMm(PAGE.marginRightMm),
    header: twipsFromMm(PAGE.headerMm),
    footer: twipsFromMm(PAGE.footerMm),
    gutter: 0,
  },
} as const;
