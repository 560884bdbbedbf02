import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mustCall, startTestCore } from '../../../test-support/core';

describe('contacts: erase (DSGVO Art. 17)', () => {
  it('leaves no trace of the person in the full-text index, not even in its stored segments', async () => {
    const core = await startTestCore();
    const contact = await mustCall(core, 'contacts.create', { firstName: 'Zoltanxyz', lastName: 'Quertyuiop', function: 'Kassiererqq', emails: ['qwzx@example.org'] });
    await mustCall(core, 'contacts.create', { firstName: 'Anna', lastName: 'Schmidt' });
    await mustCall(core, 'contacts.erase', { id: contact.id });
    const db = core.database!;
    expect((await mustCall(core, 'contacts.list', { text: 'Quertyuiop' })).total).toBe(0);
    const traces: Array<{ n: number }> = await db.query(
      `SELECT count(*) AS n FROM contact_search_data WHERE ${['zoltanxyz', 'quertyuiop', 'kassiererqq', 'qwzx'].map(() => 'instr(block, CAST(? AS BLOB)) > 0').join(' OR ')}`,
      ['zoltanxyz', 'quertyuiop', 'kassiererqq', 'qwzx'],
    );
    expect(traces[0]!.n).toBe(0);
    // The others are still found.
    expect((await mustCall(core, 'contacts.list', { text: 'Schmidt' })).total).toBe(1);
  });

  it('leaves no trace in the data file either (freed space is overwritten)', async () => {
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
