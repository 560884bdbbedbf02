import { describe, expect, it } from 'vitest';
import type { ImportJobDto } from '../../../contract';
import type { AppCore } from '../../core/app-core';
import { base64, excelCsv, outlookCsv } from '../../../test-support/contact-files';
import { callOn, mustCall, startTestCore } from '../../../test-support/core';
import { refuseContactNamed } from '../../../test-support/test-engine';
import { DEFAULT_INPUT_BYTES, inputBytesLimit } from '../../../contract/input-limits';
import { IMPORT_CHUNK_ROWS } from './import-run';

const TABLES = ['contact', 'organization', 'body', 'membership', 'contact_organization'];

async function setup() {
  const core = await startTestCore();
  const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await core.database!.query(`SELECT * FROM ${table} ORDER BY 1, 2`)])));
  return { core, snapshot };
}

/** A file with more rows than one chunk, so the import reports progress several times. */
const bigFile = (rows = IMPORT_CHUNK_ROWS * 4) =>
  excelCsv([['Vorname', 'Nachname', 'E-Mail', 'Organisation'], ...Array.from({ length: rows }, (_, index) => [`Vor${index}`, `Nach${index}`, `p${index}@example.org`, `Verein ${index % 7}`])]);

async function until(core: AppCore, jobId: string, done: (job: ImportJobDto) => boolean): Promise<ImportJobDto[]> {
  const seen: ImportJobDto[] = [];
  for (;;) {
    const job = await mustCall(core, 'contacts.importProgress', { jobId });
    seen.push(job);
    if (done(job)) return seen;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('contacts: import with progress', () => {
  it('reports progress while it runs and reaches the total; the result is that of contacts.import', async () => {
    const { core } = await setup();
    const { jobId } = await mustCall(core, 'contacts.importStart', { fileName: 'gross.csv', contentBase64: base64(bigFile()) });
    const seen = await until(core, jobId, (job) => job.state !== 'running');
    const last = seen[seen.length - 1]!;
    expect(last).toMatchObject({ state: 'done', done: IMPORT_CHUNK_ROWS * 4, total: IMPORT_CHUNK_ROWS * 4, result: { created: IMPORT_CHUNK_ROWS * 4, merged: 0, skipped: 0 } });
    // Polls were answered in between: some saw a part done.
    expect(seen.some((job) => job.state === 'running' && job.done > 0 && job.done < job.total)).toBe(true);
    expect((await mustCall(core, 'contacts.list', { limit: 1 })).total).toBe(IMPORT_CHUNK_ROWS * 4);
  });

  it('takes decisions for duplicates like contacts.import', async () => {
    const { core } = await setup();
    const { jobId } = await mustCall(core, 'contacts.importStart', { fileName: 'k.csv', contentBase64: base64(outlookCsv()), decisions: { '5': 'merge' } });
    const seen = await until(core, jobId, (job) => job.state !== 'running');
    expect(seen[seen.length - 1]).toMatchObject({ state: 'done', result: { created: 2, merged: 1, skipped: 0 } });
  });

  it('cancel rolls everything back: the database is unchanged', async () => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    const { jobId } = await mustCall(core, 'contacts.importStart', { fileName: 'gross.csv', contentBase64: base64(bigFile()) });
    await until(core, jobId, (job) => job.done > 0);
    const cancelling = await mustCall(core, 'contacts.importCancel', { jobId });
    expect(cancelling.state).toBe('running');
    const seen = await until(core, jobId, (job) => job.state !== 'running');
    expect(seen[seen.length - 1]!.state).toBe('cancelled');
    expect(await snapshot()).toEqual(before);
  });

  it('an error midway leaves the database unchanged and is reported with a message', async () => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    const allowAgain = await refuseContactNamed(core, 'fail_late', 'Nach600');
    const { jobId } = await mustCall(core, 'contacts.importStart', { fileName: 'gross.csv', contentBase64: base64(bigFile()) });
    const seen = await until(core, jobId, (job) => job.state !== 'running');
    expect(seen[seen.length - 1]).toMatchObject({ state: 'failed', error: { messageKey: 'contacts.import.failed' } });
    await allowAgain();
    expect(await snapshot()).toEqual(before);
  });

  it('bad rows that are not skipped fail the job with the lines; an unreadable file is refused at once', async () => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    const file = excelCsv([['Vorname', 'Nachname', 'E-Mail'], ['Fatma', 'Demir', 'kein-at']]);
    const { jobId } = await mustCall(core, 'contacts.importStart', { fileName: 'f.csv', contentBase64: base64(file) });
    const seen = await until(core, jobId, (job) => job.state !== 'running');
    expect(seen[seen.length - 1]).toMatchObject({ state: 'failed', error: { messageKey: 'contacts.import.rowsInvalid', params: { lines: '2', count: 1 } } });
    expect(await callOn(core, 'contacts.importStart', { fileName: 'f.csv', contentBase64: '' })).toMatchObject({ ok: false, error: { messageKey: 'contacts.import.empty' } });
    expect(await callOn(core, 'contacts.importProgress', { jobId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await snapshot()).toEqual(before);
  });

  it('lets the file of importStart through the transports like contacts.import; progress and cancel stay small', () => {
    expect(inputBytesLimit('contacts.importStart')).toBe(inputBytesLimit('contacts.import'));
    expect(inputBytesLimit('contacts.importProgress')).toBe(DEFAULT_INPUT_BYTES);
    expect(inputBytesLimit('contacts.importCancel')).toBe(DEFAULT_INPUT_BYTES);
  });
});
