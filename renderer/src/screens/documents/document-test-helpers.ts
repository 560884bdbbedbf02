import { vi } from 'vitest';
import { paragraphText } from '../../../../documents/testing/docx-inspect';
import { readFileBytes } from '../../files/file-transfer';

/**
 * What jsdom lacks for the document screens (no core here: the data come from the real core):
 * reading a saved Word file back, a layout-free stand-in for `docx-preview`, and download spies.
 */

/** The text of a packed Word file, one line per paragraph, as Word shows it. */
export async function wordText(file: Blob): Promise<string[]> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(await readFileBytes(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => paragraphText(paragraph));
}

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

/** `URL.createObjectURL` (jsdom has none) and the `<a download>` clicks, for the download assertions. */
export function spyOnDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true, writable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true, writable: true });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names, createObjectURL, restore: () => click.mockRestore() };
}
