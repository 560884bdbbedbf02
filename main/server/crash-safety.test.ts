import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../database/migrations';
import { databaseFileIn } from '../../database/open-database';
import { preflight } from '../../database/preflight';
import { callServer, processExited, startServeProcess, stubStaticDir, type ServeProcess } from '../../test-support/serve-process';
import { tempDir } from '../../test-support/temp-dir';

// Each write is one unit of several rows: the meeting and its standard agenda items.
const STANDARD_ITEMS = ['welcome', 'approve_minutes', 'any_other_business'] as const;

/** One meeting over HTTP: 'acked' once the server answered ok, 'died' when the connection died with the process. */
async function createMeeting(server: ServeProcess, place: string): Promise<'acked' | 'died'> {
  let result: { ok: boolean };
  try {
    result = await callServer(server, 'meetings.create', { kind: 'council_meeting', startsAt: '2026-11-26T18:00', place, standardItems: [...STANDARD_ITEMS] });
  } catch {
    return 'died';
  }
  // A refused write is a bug here, not a crash: it would make "not acknowledged" mean nothing.
  if (!result.ok) throw new Error(`meetings.create refused: ${JSON.stringify(result)}`);
  return 'acked';
}

/**
 * Writes with `parallel` requests always in flight and SIGKILLs the server the moment the n-th
 * answer arrives, so parallel - 1 writes are still in flight (sent, unanswered) at the kill.
 */
async function killAfterAcks(server: ServeProcess, round: string, n: number, parallel: number) {
  const acked: string[] = [];
  const unanswered: string[] = [];
  let sent = 0;
  let inFlightAtKill = -1;
  const writer = async () => {
    while (inFlightAtKill < 0) {
      const place = `${round} – Sitzung ${++sent}`;
      if ((await createMeeting(server, place)) === 'died') return void unanswered.push(place);
      acked.push(place); // answered before the kill or already on its way: committed either way
      if (acked.length === n) {
        server.child.kill('SIGKILL');
        inFlightAtKill = sent - acked.length;
      }
    }
  };
  await Promise.all([...Array(parallel)].map(writer));
  await processExited(server.child);
  return { acked, unanswered, inFlightAtKill };
}

/** Writes one after another on a server started with crashBeforeCommitOfUnit; returns the acked and the one that died. */
async function writeUntilCrash(server: ServeProcess, round: string) {
  const acked: string[] = [];
  for (let n = 1; ; n++) {
    if (n > 20) throw new Error('the server did not crash: LEITBILD_TEST_CRASH_AT not honoured (database/test-crash-point.ts)');
    const place = `${round} – Sitzung ${n}`;
    if ((await createMeeting(server, place)) === 'died') {
      await processExited(server.child);
      return { acked, killed: place };
    }
    acked.push(place);
  }
}

/** Every meeting in the file with its number of agenda items, and agenda items without a meeting; read after the server stopped. */
async function readFile(file: string): Promise<{ meetings: Map<string, number>; orphanItems: number }> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => (error ? reject(error) : resolve(opened)));
  });
  const all = <T,>(sql: string) => new Promise<T[]>((resolve, reject) => db.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
  try {
    const rows = await all<{ place: string; items: number }>(
      'SELECT m.place AS place, COUNT(a.id) AS items FROM meeting m LEFT JOIN agenda_item a ON a.meeting_id = m.id GROUP BY m.id',
    );
    const [orphans] = await all<{ n: number }>('SELECT COUNT(*) AS n FROM agenda_item WHERE meeting_id NOT IN (SELECT id FROM meeting)');
    return { meetings: new Map(rows.map((row) => [row.place, row.items])), orphanItems: orphans!.n };
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

describe('crash safety', () => {
  it('keeps every acknowledged write through SIGKILLs after the n-th answer and before COMMIT, and no unit halfway', { timeout: 180_000 }, async () => {
    const dataDir = tempDir();
    const staticDir = stubStaticDir();
    const acked: string[] = [];
    const mayBeThere: string[] = []; // sent, never answered: committed or not, but whole either way
    const neverThere: string[] = []; // killed before its COMMIT

    // Kill points chosen by the test; every restart takes over the stale lock of the killed process.
    for (const [round, n] of [['A', 1], ['B', 5]] as const) {
      const server = await startServeProcess(dataDir, staticDir);
      const killed = await killAfterAcks(server, round, n, 3);
      expect(killed.acked.length).toBeGreaterThanOrEqual(n);
      expect(killed.inFlightAtKill).toBe(2);
      acked.push(...killed.acked);
      mayBeThere.push(...killed.unanswered);
    }
    for (const [round, unit] of [['C', 1], ['D', 3]] as const) {
      const server = await startServeProcess(dataDir, staticDir, { crashBeforeCommitOfUnit: unit });
      const crashed = await writeUntilCrash(server, round);
      expect(server.child.signalCode).toBe('SIGKILL');
      expect(crashed.acked).toHaveLength(unit - 1);
      acked.push(...crashed.acked);
      neverThere.push(crashed.killed);
    }

    const final = await startServeProcess(dataDir, staticDir);
    try {
      expect(await callServer(final, 'maintenance.checkIntegrity', {})).toMatchObject({ ok: true, data: { ok: true } });
    } finally {
      final.child.kill('SIGTERM');
      await processExited(final.child);
    }
    const file = databaseFileIn(dataDir);
    expect(await preflight(file, SCHEMA_VERSION)).toMatchObject({ ok: true });
    const { meetings, orphanItems } = await readFile(file);
    expect(acked.filter((place) => !meetings.has(place))).toEqual([]);
    expect(neverThere.filter((place) => meetings.has(place))).toEqual([]);
    expect([...meetings.keys()].filter((place) => !acked.includes(place) && !mayBeThere.includes(place))).toEqual([]);
    expect([...meetings].filter(([, items]) => items !== STANDARD_ITEMS.length)).toEqual([]);
    expect(orphanItems).toBe(0);
  });
});
