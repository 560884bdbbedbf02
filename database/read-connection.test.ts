import { describe, expect, it } from 'vitest';
import { base64, excelCsv } from '../test-support/contact-files';
import { createEdition, mustCall, startTestCore } from '../test-support/core';

describe('reads beside a long write', () => {
  it('a list call answers while a write is held open, and sees only what was committed', async () => {
    const core = await startTestCore();
    await createEdition(core, 'Vorher');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const held = core.database!.write(async (manager) => {
      await manager.query(`INSERT INTO edition (title, subtitle, period_from, period_to, status, created_at, updated_at)
        SELECT 'Noch nicht festgeschrieben', subtitle, period_from, period_to, status, created_at, updated_at FROM edition LIMIT 1`);
      entered();
      await gate;
    });
    await inside;
    // Before the reader, this waited for `release()` and the test timed out.
    const during = await mustCall(core, 'editions.list', {});
    expect(during.map((edition) => edition.title)).toEqual(['Vorher']);
    release();
    await held;
    expect((await mustCall(core, 'editions.list', {})).map((edition) => edition.title).sort()).toEqual(['Noch nicht festgeschrieben', 'Vorher']);
  });

  it('a long read (an export, a preview) does not hold up a list call either', async () => {
    const core = await startTestCore();
    await createEdition(core, 'Vorher');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const longRead = core.database!.read(async (manager) => {
      await manager.query('SELECT count(*) FROM edition');
      entered();
      await gate;
    });
    await inside;
    expect((await mustCall(core, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Vorher']);
    release();
    await longRead;
  });

  it('contacts.list answers during a running import and never sees a part of it', async () => {
    const core = await startTestCore();
    const rows = 5000;
    const file = excelCsv([['Vorname', 'Nachname', 'E-Mail'], ...Array.from({ length: rows }, (_, index) => [`Vor${index}`, `Nach${index}`, `p${index}@example.org`])]);
    const { jobId } = await mustCall(core, 'contacts.importStart', { fileName: 'gross.csv', contentBase64: base64(file) });
    let answeredWhileRunning = 0;
    for (;;) {
      const list = await mustCall(core, 'contacts.list', { limit: 5 });
      expect([0, rows]).toContain(list.total); // all or nothing, also for readers
      const job = await mustCall(core, 'contacts.importProgress', { jobId });
      if (job.state !== 'running') break;
      answeredWhileRunning++;
    }
    expect(answeredWhileRunning).toBeGreaterThan(0);
    expect((await mustCall(core, 'contacts.list', { limit: 1 })).total).toBe(rows);
  });
});
