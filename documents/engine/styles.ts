import { LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { COLORS, FONT, TYPOGRAPHY, type TextMetrics } from './typography';
import { halfPoints, twipsFromMm, twipsFromPoints } from './units';

/**
 * Real Word styles, so a district can restyle a whole document in Word (Format → Formatvorlagen)
 * instead of retouching paragraphs: Title, Subtitle, Heading 1–3, List Number, List Continue,
 * toc 1, header, footer, Signature, plus "Angaben" (label–value lines), "Tabellentext" and the
 * table style "Leitbild-Tabelle". Built-in names keep Word's localised names ("Überschrift 1").
 */
export const STYLE_IDS = {
  subtitle: 'Subtitle',
  listNumber: 'ListNumber',
  listContinue: 'ListContinue',
  facts: 'LbwFacts',
  tableText: 'LbwTableText',
  small: 'LbwSmall',
  signature: 'Signature',
  toc1: 'TOC1',
  tocHeading: 'TOCHeading',
  header: 'Header',
  footer: 'Footer',
  table: 'LbwTable',
} as const;

const fonts = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

const paragraphOf = (m: TextMetrics) => ({
  spacing: { line: twipsFromPoints(m.line), lineRule: LineRuleType.EXACT, before: twipsFromPoints(m.before), after: twipsFromPoints(m.after) },
  indent: m.indentMm || m.hangingMm ? { left: twipsFromMm(m.indentMm), hanging: twipsFromMm(m.hangingMm) } : undefined,
  keepNext: m.keepNext || undefined,
  keepLines: m.keepNext || undefined,
});

const runOf = (m: TextMetrics, color: string = COLORS.text) => ({ size: halfPoints(m.size), sizeComplexScript: halfPoints(m.size), bold: m.bold || undefined, boldComplexScript: m.bold || undefined, color });

const style = (id: string, name: string, m: TextMetrics, extra: Partial<IParagraphStyleOptions> = {}): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  paragraph: paragraphOf(m),
  run: runOf(m),
  ...extra,
});

/**
 * The table style: thin grey rules, a shaded bold header row, a bold totals row (when the table
 * asks for one), Word's cell margins. `docx` has no
 * option for table styles, so it comes in as "external styles" (a styles part with this one
 * style), which `docx` merges with its defaults and the paragraph styles below.
 */
export const tableStylesXml = (): string => {
  const rule = `w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"`;
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${rule}/>`).join('');
  return `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="table" w:styleId="${STYLE_IDS.table}"><w:name w:val="Leitbild-Tabelle"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:tblPr><w:tblBorders>${sides}</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLORS.tableHeader}"/></w:tcPr></w:tblStylePr><w:tblStylePr w:type="lastRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:tcBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="${COLORS.text}"/></w:tcBorders></w:tcPr></w:tblStylePr></w:style></w:styles>`;
};

export function documentStyles(accent: string): IStylesOptions {
  const t = TYPOGRAPHY;
  const heading = (m: TextMetrics) => ({ paragraph: paragraphOf(m), run: { ...runOf(m, accent), font: fonts } });
  return {
    default: {
      document: {
        run: { font: fonts, size: halfPoints(t.normal.size), sizeComplexScript: halfPoints(t.normal.size), color: COLORS.text, language: { value: 'de-DE', eastAsia: 'de-DE', bidirectional: 'ar-SA' } },
        paragraph: paragraphOf(t.normal),
      },
      title: heading(t.title),
      heading1: heading(t.heading1),
      heading2: heading(t.heading2),
      heading3: heading(t.heading3),
    },
    paragraphStyles: [
      style(STYLE_IDS.subtitle, 'Subtitle', t.subtitle, { run: runOf(t.subtitle, COLORS.muted) }),
      style(STYLE_IDS.listNumber, 'List Number', t.listNumber),
      style(STYLE_IDS.listContinue, 'List Continue', t.listContinue),
      style(STYLE_IDS.facts, 'Angaben', t.facts),
      style(STYLE_IDS.tableText, 'Tabellentext', t.tableText),
      style(STYLE_IDS.small, 'Kleingedrucktes', t.small, { run: runOf(t.small, COLORS.muted) }),
      style(STYLE_IDS.signature, 'Signature', t.signature),
      style(STYLE_IDS.toc1, 'toc 1', t.toc1, { next: 'Normal', quickFormat: undefined, uiPriority: 39 }),
      style(STYLE_IDS.tocHeading, 'TOC Heading', t.heading1, { run: runOf(t.heading1, accent), uiPriority: 39 }),
      style(STYLE_IDS.header, 'header', t.small, { run: runOf(t.small, COLORS.muted), quickFormat: undefined }),
      style(STYLE_IDS.footer, 'footer', t.small, { run: runOf(t.small, COLORS.muted), quickFormat: undefined }),
    ],
  };
}
