import { Document, type PageNumberEstimator } from 'docx';
import type { Block } from './blocks';
import { emptyFooter, emptyHeader, pageFooter, pageHeader } from './header-footer';
import { documentNumbering } from './numbering';
import { sectionPage } from './page-setup';
import { planPages, type PagePlan } from './pagination';
import { renderBlocks } from './render-blocks';
import { documentStyles, tableStylesXml } from './styles';
import { cleanText } from './text-runs';
import { COLORS } from './typography';

export interface DocumentSpec {
  /** The kind of document, right in the header: "Antrag", "Leitbild 2022–2024", "Protokoll". */
  readonly kind: string;
  /** Left in the header: "Bezirksamt Harburg", "Bezirksversammlung Harburg". */
  readonly district: string;
  /**
   * The file's author (File → Info), e.g. "Bezirksamt Harburg, Fachamt Sozialraummanagement";
   * else `district` (from the settings too), so no document names the app as its author.
   */
  readonly author?: string;
  /** The file's title property (shown by Word under File → Info). */
  readonly title: string;
  readonly subject?: string;
  /** Left in the footer, e.g. "Stand: 26.11.2026". */
  readonly footerNote?: string;
  /** Colour of headings (hex without #); black when not given. */
  readonly accentColor?: string;
  /**
   * What the first page carries: "cover" (a title page, no header or footer), "letterhead" (the
   * page starts with its own letterhead, so no header, but the footer), or "plain" (as every page).
   */
  readonly firstPage?: 'cover' | 'letterhead' | 'plain';
  /** Every Heading 1 starts a new page (brochures). */
  readonly chapterStartsNewPage?: boolean;
  /** Heading levels listed in a table of contents. */
  readonly contentsLevels?: 1 | 2 | 3;
  /** Page breaks where the page plan puts them, so its contents page numbers hold (see `PagePlan.pinnedBreaks`). */
  readonly pinPageBreaks?: boolean;
  readonly body: readonly Block[];
}

/** The names of the bookmarks `docx` puts on the headings its table of contents lists, in document order. */
function contentsBookmarks(node: unknown, names: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) contentsBookmarks(child, names);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'w:bookmarkStart') {
        const attributes = (Array.isArray(value) ? value.find((part) => part?._attr) : value)?._attr as Record<string, unknown> | undefined;
        const name = attributes?.['w:name'];
        if (typeof name === 'string' && name.startsWith('_Toc')) names.push(name);
      } else if (key !== '_attr') {
        contentsBookmarks(value, names);
      }
    }
  }
  return names;
}

/**
 * Page numbers for the contents from our own page plan: written into the TOC field's result, so
 * the entries and their pages show in Word and LibreOffice as soon as the file is opened (the
 * field stays a real TOC field; Word's "Verzeichnis aktualisieren" still works). When the
 * headings do not match the plan one to one, the numbers stay blank rather than wrong.
 */
function plannedPageNumbers(plan: PagePlan): PageNumberEstimator {
  return (body) => {
    const names = contentsBookmarks(body);
    const bookmarks = new Map<string, string>();
    if (names.length === plan.entryPages.length) names.forEach((name, index) => bookmarks.set(name, String(plan.entryPages[index])));
    return { bookmarks, pageCount: plan.pageCount };
  };
}

/**
 * The one way every document is made: page setup, styles, numbering, header and footer, and
 * the body from blocks. Pure: no file system, no DOM; the caller packs the result
 * (`Packer.toBuffer` in Node, `Packer.toBlob` in the browser).
 */
export function createDocument(spec: DocumentSpec): Document {
  const options = { chapterStartsNewPage: spec.chapterStartsNewPage ?? false, contentsLevels: spec.contentsLevels ?? 1, pinPageBreaks: spec.pinPageBreaks ?? false };
  const plan = planPages(spec.body, options);
  const firstPage = spec.firstPage ?? 'plain';
  const footer = () => pageFooter(spec.footerNote ?? '');
  const author = cleanText(spec.author ?? '').trim() || cleanText(spec.district).trim() || 'Leitbild-Werkstatt';
  return new Document({
    creator: author,
    lastModifiedBy: author,
    title: cleanText(spec.title),
    subject: cleanText(spec.subject ?? spec.kind),
    externalStyles: tableStylesXml(),
    styles: documentStyles(spec.accentColor ?? COLORS.text),
    numbering: documentNumbering,
    pageNumbers: plannedPageNumbers(plan),
    sections: [
      {
        properties: { page: sectionPage, titlePage: firstPage !== 'plain' },
        headers: { default: pageHeader(spec.district, spec.kind), ...(firstPage !== 'plain' ? { first: emptyHeader() } : {}) },
        footers: { default: footer(), ...(firstPage === 'cover' ? { first: emptyFooter() } : firstPage === 'letterhead' ? { first: footer() } : {}) },
        children: renderBlocks(spec.body, { ...options, breaksBefore: plan.pinnedBreaks }),
      },
    ],
  });
}
