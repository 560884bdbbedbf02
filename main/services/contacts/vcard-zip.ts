import { PassThrough } from 'node:stream';
import type { ExportedContact } from './contact-export-rows';
import { toVcard } from './vcard';

/** Entries handed to the zip writer before it has packed them: a few hundred, however many contacts. */
const QUEUED_ENTRIES = 200;

/** "Rahimi-Leyla.vcf": the name Outlook shows in its file list; letters of any language, no path characters. */
function cardName(contact: ExportedContact, taken: Map<string, number>): string {
  const base = [contact.lastName, contact.firstName].filter(Boolean).join('-').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'Kontakt';
  const count = (taken.get(base) ?? 0) + 1;
  taken.set(base, count);
  return `${count === 1 ? base : `${base}-${count}`}.vcf`;
}

/**
 * The contacts as a .zip with one vCard file per person: Outlook's import reads only the first card
 * of a file with many, so a list for Outlook goes this way (drag the files onto the contacts, or open
 * them one by one). Streamed: entries are packed as they come, with a short queue.
 */
export async function* vcardZipChunks(batches: AsyncIterable<readonly ExportedContact[]>): AsyncGenerator<Uint8Array> {
  // Loaded for a ZIP only, not with the app (as exceljs in contact-xlsx.ts).
  const { default: archiver } = await import('archiver');
  const out = new PassThrough();
  const archive = archiver('zip', { zlib: { level: 6 } });
  archive.pipe(out);
  let queued = 0;
  let packed: (() => void) | null = null;
  archive.on('entry', () => {
    queued--;
    packed?.();
  });
  const taken = new Map<string, number>();
  const now = new Date();
  const writing = (async () => {
    for await (const batch of batches) {
      for (const contact of batch) {
        archive.append(toVcard(contact), { name: cardName(contact, taken), date: now });
        queued++;
        while (queued > QUEUED_ENTRIES) await new Promise<void>((resolve) => (packed = resolve));
      }
    }
    await archive.finalize();
  })();
  writing.catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  archive.on('error', (error) => out.destroy(error));
  for await (const chunk of out) yield chunk as Uint8Array;
  await writing;
}
