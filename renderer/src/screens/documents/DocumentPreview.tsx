import { useEffect, useRef, useState } from 'react';
import type { HElement, Options } from 'docx-preview';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../components/icons';
import { withVisibleHyphens } from './preview-file';

/**
 * The Word file as `docx-preview` draws it, inside a shadow root: the document's styles stay
 * inside and the app's styles stay out, so the pages look as Word shows them.
 *
 * No 'unsafe-inline' is needed for that. `docx-preview` puts the document's styles into
 * `<style>` elements, which the CSP (`style-src 'self'`) would refuse. Here they are only
 * created in a container that never joins the page; their text becomes constructed style
 * sheets (`CSSStyleSheet.replaceSync`, CSSOM like `element.style`, which the CSP does not
 * govern) adopted by the shadow root. Inline styles are set through `element.style` too.
 */

/** The frame around the pages; after the document's own sheets, so it wins. */
const FRAME_CSS = `
:host { display: block; }
.docx-wrapper { background: transparent !important; padding: 1.5rem 1rem 0 !important; }
.docx-wrapper > section.docx { box-shadow: 0 1px 3px rgba(16, 24, 40, 0.18), 0 4px 12px rgba(16, 24, 40, 0.08) !important; margin-bottom: 1.5rem !important; }
`;

type H = Options['h'];

/** `docx-preview`'s element factory, with string styles set through CSSOM instead of the attribute. */
function cspSafe(h: H): H {
  return (element) => {
    if (typeof element === 'object' && !(element instanceof Node) && typeof element.style === 'string') {
      const { style, ...rest } = element as HElement & { style: string };
      const node = h(rest);
      if (node instanceof HTMLElement || node instanceof SVGElement) node.style.cssText = style;
      return node;
    }
    return h(element);
  };
}

const canAdopt = (root: ShadowRoot) => 'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && typeof CSSStyleSheet.prototype.replaceSync === 'function';

function sheetOf(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

async function renderInto(root: ShadowRoot, file: Blob): Promise<void> {
  const { renderAsync, defaultOptions } = await import('docx-preview');
  const body = document.createElement('div');
  const styles = document.createElement('div');
  await renderAsync(await withVisibleHyphens(file), body, styles, {
    className: 'docx',
    inWrapper: true,
    breakPages: true,
    // Fonts embedded in a file would come as blob: URLs, which font-src does not allow.
    ignoreFonts: true,
    ignoreLastRenderedPageBreak: true,
    renderComments: false,
    renderChanges: false,
    useBase64URL: true,
    h: cspSafe(defaultOptions.h),
  });
  // Pictures in the pages (the logo) say nothing the text does not: decorative for screen readers.
  for (const picture of Array.from(body.querySelectorAll('img:not([alt])'))) picture.setAttribute('alt', '');
  if (canAdopt(root)) {
    const documentSheets = Array.from(styles.querySelectorAll('style'), (style) => sheetOf(style.textContent ?? ''));
    root.adoptedStyleSheets = [...documentSheets, sheetOf(FRAME_CSS)];
  }
  root.replaceChildren(body);
}

export type PreviewPhase = 'empty' | 'rendering' | 'ready' | 'failed';

interface DocumentPreviewProps {
  /** The accessible name of the region, e.g. "Vorschau des Antrags". */
  readonly label: string;
  /** The packed file; null until the first "Vorschau". */
  readonly file: Blob | null;
  /** Shown while there is no file yet. */
  readonly emptyText: string;
  /** The file no longer matches the form: say so above the pages. */
  readonly outdated?: boolean;
  readonly onPhase?: (phase: PreviewPhase) => void;
}

/** A scrollable, labelled region with the pages of a Word file. */
export function DocumentPreview({ label, file, emptyText, outdated = false, onPhase }: DocumentPreviewProps) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const [phase, setPhase] = useState<PreviewPhase>('empty');
  const onPhaseRef = useRef(onPhase);
  useEffect(() => {
    onPhaseRef.current = onPhase;
  });

  useEffect(() => {
    const element = host.current;
    if (!file || !element) return;
    let current = true;
    const report = (next: PreviewPhase) => {
      if (!current) return;
      setPhase(next);
      onPhaseRef.current?.(next);
    };
    report('rendering');
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    renderInto(root, file).then(
      () => report('ready'),
      () => report('failed'),
    );
    return () => {
      current = false;
    };
  }, [file]);

  return (
    <div className="doc-preview">
      {outdated && file ? (
        <p className="doc-preview__outdated" role="status">
          <AlertIcon size={18} />
          <span>{t('documents.preview.outdated')}</span>
        </p>
      ) : null}
      {/* A region of its own, focusable so the pages can be scrolled with the keyboard. */}
      <section className={['doc-preview__scroller', file ? '' : 'doc-preview__scroller--empty'].filter(Boolean).join(' ')} aria-label={label} aria-busy={phase === 'rendering' || undefined} tabIndex={0}>
        {!file ? <p className="doc-preview__empty">{emptyText}</p> : null}
        {phase === 'failed' ? (
          <p className="doc-preview__empty" role="alert">
            {t('documents.preview.failed')}
          </p>
        ) : null}
        <div ref={host} className="doc-preview__pages" hidden={!file || phase === 'failed'} />
      </section>
    </div>
  );
}
