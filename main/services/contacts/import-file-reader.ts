import { createHash } from 'node:crypto';
import { readImportYielding, type ImportSource, type ParsedImport } from './contact-import';

/** A preview nobody imports is let go after this long, so its rows do not stay in memory for the rest of the day. */
const KEEP_UNUSED_MS = 10 * 60 * 1000;

/**
 * Reads an import file once for its preview and the import that follows (the wizard's preview and
 * start, the CLI's preview and import): 20,000 rows take most of a second to decode, parse and
 * check. Reading is pure, so the same bytes with the same choices (separator, encoding, mapping)
 * give the same rows; the duplicate check is not kept, it asks the database each time. One file
 * is kept, by a hash of its content, not the content itself.
 */
export class ImportFileReader {
  private last: { key: string; parsed: Promise<ParsedImport>; expiry: NodeJS.Timeout } | null = null;

  read(source: ImportSource): Promise<ParsedImport> {
    const key = keyOf(source);
    if (this.last?.key === key) return this.last.parsed;
    this.forget();
    const parsed = readImportYielding(source);
    const expiry = setTimeout(() => this.forgetKey(key), KEEP_UNUSED_MS);
    expiry.unref();
    this.last = { key, parsed, expiry };
    // A refused file is read again next time (the refusal is quick): only good reads are kept.
    parsed.catch(() => this.forgetKey(key));
    return parsed;
  }

  /** After the import of these rows (done, failed or cancelled): they are no longer needed. */
  release(parsed: ParsedImport): void {
    const last = this.last;
    if (last) void last.parsed.then((kept) => kept === parsed && this.forgetKey(last.key), () => undefined);
  }

  private forgetKey(key: string): void {
    if (this.last?.key === key) this.forget();
  }

  private forget(): void {
    if (this.last) clearTimeout(this.last.expiry);
    this.last = null;
  }
}

function keyOf(source: ImportSource): string {
  const choices = JSON.stringify([source.separator ?? null, source.encoding ?? null, source.mapping ?? null]);
  return createHash('sha256').update(source.contentBase64).update('\u0000').update(choices).digest('hex');
}
