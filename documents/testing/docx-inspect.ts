import { Packer, type Document } from 'docx';
import JSZip from 'jszip';

/**
 * Test helpers: pack a document as Node would, and read its parts back as XML and as text.
 * Text comes out as Word shows it: tabs as "\t", line breaks as "\n", Word's non-breaking
 * hyphen as "-", entities decoded.
 */
export interface PackedDocument {
  readonly buffer: Buffer;
  readonly xml: string;
  part(name: string): Promise<string>;
}

export async function pack(document: Document): Promise<PackedDocument> {
  const buffer = await Packer.toBuffer(document);
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no part ${name}`);
    return file.async('string');
  };
  return { buffer, xml: await part('word/document.xml'), part };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity);

/** The text of one paragraph's XML. */
export function paragraphText(paragraphXml: string): string {
  const body = paragraphXml.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/g, '').replace(/<w:rPr>[\s\S]*?<\/w:rPr>/g, '').replace(/<w:instrText[\s\S]*?<\/w:instrText>/g, '');
  let text = '';
  for (const [token, content] of body.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>|<w:noBreakHyphen\/>/g)) {
    if (token.startsWith('<w:tab')) text += '\t';
    else if (token.startsWith('<w:br')) text += '\n';
    else if (token.startsWith('<w:noBreakHyphen')) text += '-';
    else text += decode(content ?? '');
  }
  return text;
}

/** Every paragraph of a part (body, tables, contents) in order, as XML. */
export const paragraphsXml = (xml: string): string[] => [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((match) => match[0]);

/** Every paragraph's text, in order. */
export const paragraphTexts = (xml: string): string[] => paragraphsXml(xml).map(paragraphText);

/** The style id of a paragraph, or "" for Normal. */
export const styleOf = (paragraphXml: string): string => /<w:pStyle w:val="([^"]+)"/.exec(paragraphXml)?.[1] ?? '';
