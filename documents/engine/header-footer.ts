import { BorderStyle, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { bodyWidthTwips } from './page-setup';
import { STYLE_IDS } from './styles';
import { textRuns } from './text-runs';
import { COLORS } from './typography';

/** Header on every page: the district on the left, the kind of document on the right, a thin rule below. */
export function pageHeader(district: string, kind: string): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE_IDS.header,
        tabStops: [{ type: TabStopType.RIGHT, position: bodyWidthTwips }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule, space: 4 } },
        children: [...textRuns(district), new TextRun({ children: [new Tab()] }), ...textRuns(kind)],
      }),
    ],
  });
}

/** Footer: an optional note on the left, "Seite X von Y" on the right (PAGE and NUMPAGES fields). */
export function pageFooter(note: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_IDS.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: bodyWidthTwips }],
        children: [...textRuns(note), new TextRun({ children: [new Tab(), 'Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The cover page of a brochure carries neither. */
export const emptyHeader = (): Header => new Header({ children: [new Paragraph({ style: STYLE_IDS.header, children: [] })] });
export const emptyFooter = (): Footer => new Footer({ children: [new Paragraph({ style: STYLE_IDS.footer, children: [] })] });
