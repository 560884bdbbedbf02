import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mustCall, startTestCore } from '../../../test-support/core';
import { testEngine } from '../../../test-support/test-engine';

/**
 * Rows of the search index that still hold one of the words: FTS5's stored segments on SQLite (the
 * terms, deleted ones included, until segments merge); on PostgreSQL every document's lexemes.
 */
const TRACES_IN_INDEX =
  testEngine === 'postgres'
    ? (words: readonly string[]) => `SELECT count(*) AS n FROM contact_search WHERE ${words.map(() => 'strpos(document::text, ?) > 0').join(' OR ')}`
    : (words: readonly string[]) => `SELECT count(*) AS n FROM contact_search_data WHERE ${words.map(() => 'instr(block, CAST(? AS BLOB)) > 0').join(' OR ')}`;

describe('contacts: erase (DSGVO Art. 17)', () => {
  it('leaves no trace of the person in the full-text index, not even in its stored segments', async () => {
    const core = await startTestCore();
    const contact = await mustCall(core, 'contacts.create', { firstName: 'Zoltanxyz', lastName: 'Quertyuiop', function: 'Kassiererqq', emails: ['qwzx@example.org'] });
    await mustCall(core, 'contacts.create', { firstName: 'Anna', lastName: 'Schmidt' });
    await mustCall(core, 'contacts.erase', { id: contact.id });
    const db = core.database!;
    expect((await mustCall(core, 'contacts.list', { text: 'Quertyuiop' })).total).toBe(0);
    const words = ['zoltanxyz', 'quertyuiop', 'kassiererqq', 'qwzx'];
    const traces: Array<{ n: number }> = await db.query(TRACES_IN_INDEX(words), words);
    expect(traces[0]!.n).toBe(0);
    // The others are still found.
    expect((await mustCall(core, 'contacts.list', { text: 'Schmidt' })).total).toBe(1);
  });

  // The data file is SQLite's; a server's files and WAL are its IT's (the erasure there ends with VACUUM).
  it.skipIf(testEngine === 'postgres')('leaves no trace in the data file either (freed space is overwritten)', async () => {
    const core = await startTestCore();
    const contact = await mustCall(core, 'contacts.create', { firstName: 'Zoltanxyz', lastName: 'Quertyuiop', emails: ['qwzx@example.org'], notes: 'Geheimnotizqq' });
    await mustCall(core, 'contacts.erase', { id: contact.id });
    await core.close();
    const files = readdirSync(core.dataDir).filter((name) => name.includes('.sqlite'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const bytes = readFileSync(join(core.dataDir, name));
      for (const trace of ['Quertyuiop', 'Zoltanxyz', 'qwzx@example.org', 'Geheimnotizqq']) expect(bytes.includes(trace), `${trace} in ${name}`).toBe(false);
    }
  });
});
