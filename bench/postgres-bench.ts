import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { toPostgresPlaceholders } from '../database/sql-dialect';
import { transferToPostgres } from '../database/transfer/transfer';
import { startPostgres } from '../test-support/postgres-server';
import type { BigDistrict } from '../test-support/big-district';
import { describeSamples, mb, ms, sample, type BenchFigure } from './bench-support';
import { keystrokeCalls, screenCalls, type DistrictIds } from './screen-calls';
import { MAIN_RSS_TARGET, SCREENS_GROUP, timeScreen, type AnchorEngine } from './screens-bench';
import { callServe, mustCallServe, serveMemory, startServe, stopServe, untilFirstAnswer, type ServeChild } from './serve-child';

/**
 * The anchors on the server: the same raw SQL with PostgreSQL's placeholders. An anchor written in
 * SQLite's own dialect (FTS5 MATCH, group_concat) has no counterpart there and is reported as "—".
 */
async function postgresAnchors(url: string): Promise<AnchorEngine & { failed: Set<string> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const failed = new Set<string>();
  return {
    failed,
    run: async (sql, parameters) => {
      if (failed.has(sql)) return;
      try {
        await client.query(toPostgresPlaceholders(sql), [...parameters]);
      } catch {
        failed.add(sql);
      }
    },
    close: () => client.end(),
  };
}

/** Which anchors belong to a label of timeScreen (one per screen call, several per keystroke screen). */
function anchorsByLabel(ids: DistrictIds): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  for (const call of screenCalls(ids)) labels.set(`${call.screen}: ${call.name}`, [call.anchor[0]]);
  for (const { screen, calls } of keystrokeCalls(ids.editionId)) labels.set(screen, calls.map((call) => call.anchor[0]));
  return labels;
}

/** The bound: a colleague's change is on the other user's open list within a second. */
const CHANGE_APPEARS_TARGET_MS = 1_000;

/**
 * Two colleagues' apps (two serve processes): one enters a proposal, the other waits as its open
 * list does (system.changes, the long poll) and loads the list again; timed from the save's start
 * until the new row is in the other list.
 */
async function timeChangeAppears(writer: ServeChild, reader: ServeChild, editionId: number) {
  const fields = await mustCallServe<Array<{ id: number }>>(writer, 'fieldsOfAction.list', { editionId });
  const fieldOfActionId = fields.data[0]!.id;
  return sample(async (index) => {
    const { generation } = (await mustCallServe<{ generation: number }>(reader, 'system.changes', {})).data;
    const waiting = callServe<{ tables: string[] }>(reader, 'system.changes', { after: generation });
    const created = await mustCallServe<{ id: number }>(writer, 'measures.create', { editionId, fieldOfActionId, title: `Vorschlag aus der Bench ${index + 1}` });
    const heard = await waiting;
    if (!heard.ok || !heard.data.tables.includes('measure')) throw new Error(`no notice of the new measure: ${JSON.stringify(heard.data)}`);
    const list = await mustCallServe<{ rows: Array<{ id: number }> }>(reader, 'measures.list', { editionId, sortKey: 'updated', sortDirection: 'desc', limit: 50 });
    if (!list.data.rows.some((row) => row.id === created.data.id)) throw new Error('the new measure is not on the other list');
  }, 20, 20_000);
}

/**
 * `npm run bench -- --engine postgres`: the 10× district transferred to a local PostgreSQL server
 * (a throwaway cluster, as the tests use), then the same screen calls through browser mode on it
 * (`serve --database`), each beside SQLite's figure of the same run and the raw SQL on the server.
 */
export async function benchScreensOnPostgres(ten: BigDistrict, ids: DistrictIds, sqliteFigures: readonly BenchFigure[]): Promise<BenchFigure[]> {
  const server = await startPostgres();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-bench-pg-'));
  try {
    const url = await server.createDatabase('bench10');
    const started = performance.now();
    await transferToPostgres(ten.dataDir, url);
    const transferMs = performance.now() - started;
    await server.query('VACUUM ANALYZE', [], 'bench10');
    const serve = await startServe(folder, path.join(path.dirname(import.meta.dirname), 'dist', 'renderer'), ['--database', url]);
    try {
      await untilFirstAnswer(serve, 'dashboard.summary', { editionId: ids.editionId });
      const anchors = await postgresAnchors(url);
      const timed = await timeScreen(serve, anchors, ids);
      const labels = anchorsByLabel(ids);
      const figures: BenchFigure[] = [
        {
          group: 'PostgreSQL',
          name: `transfer des 10×-Bezirks (cli transfer) auf einen lokalen Server`,
          value: `${(transferMs / 1000).toFixed(0)} s`,
          anchor: '—',
          target: 'einmalig, kein Ziel',
          met: null,
        },
      ];
      for (const entry of timed) {
        const onSqlite = sqliteFigures.find((figure) => figure.group === SCREENS_GROUP && figure.name.startsWith(`${entry.label} – `));
        const anchorFailed = (labels.get(entry.label) ?? []).every((sql) => anchors.failed.has(sql));
        figures.push({
          group: 'Bildschirme bei 10× auf PostgreSQL (HTTP, JSON inklusive) neben SQLite',
          name: `${entry.label} – ${entry.rows} Zeilen`,
          value: describeSamples(entry.call),
          anchor: `SQLite: ${onSqlite?.value ?? '—'}; SQL auf dem Server p95 ${anchorFailed ? '— (SQLite-Dialekt)' : ms(entry.raw.p95)}`,
          target: `p95 < ${entry.target} ms`,
          met: entry.call.p95 < entry.target,
        });
      }
      const colleague = await startServe(fs.mkdtempSync(path.join(folder, 'kollegin-')), path.join(path.dirname(import.meta.dirname), 'dist', 'renderer'), ['--database', url]);
      try {
        await untilFirstAnswer(colleague, 'dashboard.summary', { editionId: ids.editionId });
        const appears = await timeChangeAppears(colleague, serve, ids.editionId);
        figures.push({
          group: 'PostgreSQL',
          name: 'Vorschlag einer Kollegin erscheint in der offenen Maßnahmenliste (speichern → Nachricht → Liste neu geladen), 10×',
          value: describeSamples(appears),
          anchor: '—',
          target: `p95 < ${CHANGE_APPEARS_TARGET_MS} ms`,
          met: appears.p95 < CHANGE_APPEARS_TARGET_MS,
        });
      } finally {
        await stopServe(colleague);
      }
      const memory = serveMemory(serve);
      figures.push({
        group: 'PostgreSQL',
        name: 'Server-Prozess der App (RSS) nach den ersten Aufrufen jedes Bildschirms bei 10×',
        value: memory ? mb(memory.rss) : 'nicht messbar (kein /proc)',
        anchor: memory ? `Spitze ${mb(memory.peak)}` : '—',
        target: '< 250 MB',
        met: memory ? memory.rss < MAIN_RSS_TARGET : null,
      });
      return figures;
    } finally {
      await stopServe(serve);
    }
  } finally {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
