import { vi } from 'vitest';
import { wordText } from '../../test/downloads';

/**
 * What jsdom lacks for the document screens (no core here: the data come from the real core):
 * a layout-free stand-in for `docx-preview` and reading its pages. Reading a saved Word file back
 * and the download spies are in `renderer/src/test/downloads.ts`.
 */

/**
 * `docx-preview` for jsdom, which has no layout: the paragraphs of the real file as `<p>`,
 * plus one `<style>` as the library would add; the component must keep it out of the page.
 */
export const jsdomRenderAsync = vi.fn(async (file: Blob, body: HTMLElement, styles: HTMLElement) => {
  const style = document.createElement('style');
  style.textContent = '.docx { color: black; }';
  styles.appendChild(style);
  const wrapper = document.createElement('div');
  wrapper.className = 'docx-wrapper';
  for (const text of await wordText(file)) {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    wrapper.appendChild(paragraph);
  }
  body.appendChild(wrapper);
});

/** The text of the pages in a preview region (they live in its shadow root). */
export function previewText(region: HTMLElement): string {
  // The preview shows Word's non-breaking hyphen as U+2011 (see preview-file.ts); read as a hyphen.
  return (region.querySelector('.doc-preview__pages')?.shadowRoot?.textContent ?? '').replaceAll('\u2011', '-');
}
