/**
 * `docx-preview` draws nothing for Word's non-breaking hyphen (`<w:noBreakHyphen/>`), so
 * "SPD‑Fraktion" or "Drucksache 21‑2433" would read "SPDFraktion" in the preview while Word
 * shows the hyphen. The preview gets a copy where each one is the character U+2011 instead;
 * the saved file keeps Word's own element.
 */
export async function withVisibleHyphens(file: Blob): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(await file.arrayBuffer());
  const parts = Object.keys(zip.files).filter((name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name));
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    if (xml.includes('<w:noBreakHyphen/>')) zip.file(name, xml.replaceAll('<w:noBreakHyphen/>', '<w:t>\u2011</w:t>'));
  }
  return zip.generateAsync({ type: 'blob' });
}
