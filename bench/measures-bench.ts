import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import sqlite3 from 'sqlite3';
import type { CallInput, CallName } from '../contract';
import type { MeasureStatus } from '../contract/lifecycle';
import type { AppCore } from '../main/core/app-core';
import { MEASURE_COLUMNS, MeasureImport, STATUS_CHANGE_COLUMNS, type ImportedMeasure } from './measure-import';
import { runPrepared } from '../database/bulk-insert';
import { databaseFileIn } from '../database/open-database';
import { startBenchCore, timeCalls, type BenchFigure } from './bench-support';

const MEASURES = 5000;
const CHANGES_PER_MEASURE = 10;
const WORDS = 'Sprachcafé Begegnung Nachbarschaft Ehrenamt Ausbildung Beratung Kita Schule Senioren Jugend Kultur Sport Frauen Familie Arbeit Anerkennung Rassismus Diskriminierung Verwaltung Sprachkurse Mentoring Lotsen Stadtteil Bücherhalle Integrationsrat Workshop Festival Paten Netzwerk Information'.split(' ');

const word = (seed: number) => WORDS[seed % WORDS.length]!;

/** A history of exactly 10 records that follows the lifecycle (review ↔ deferred, then onward). */
function historyFor(index: number): ImportedMeasure['history'] {
  const path: MeasureStatus[] = ['proposed', 'in_review', 'deferred', 'in_review', 'deferred', 'in_review', 'recommended', 'submitted', 'adopted', 'implementing'];
  let from: MeasureStatus | null = null;
  return path.slice(0, CHANGES_PER_MEASURE).map((to, step) => {
    const change = { changedOn: `2022-0${1 + (step % 9)}-1${index % 10}`, fromStatus: from, toStatus: to, reason: `Schritt ${step}`, drucksache: to === 'adopted' ? '21-2519' : '' };
    from = to;
    return change;
  });
}

function dataset(fieldIds: readonly number[]): ImportedMeasure[] {
  return Array.from({ length: MEASURES }, (_, i) => ({
    fieldOfActionId: fieldIds[i % fieldIds.length]!,
    code: `M-${String(i + 1).padStart(4, '0')}`,
    title: `${word(i)} ${word(i * 7 + 3)} im Bezirk ${i}`,
    description: `${word(i * 3)} und ${word(i * 11 + 5)}: ein Angebot für ${word(i * 13 + 1)} mit ${word(i * 17 + 2)}.`,
    lead: `Träger ${i % 40}`,
    origin: 'workshop',
    priorityPoints: i % 30,
    history: historyFor(i),
  }));
}

/** Raw baseline: the same rows with sqlite3 prepared statements, into the same schema, in one transaction. */
async function rawImport(schemaDir: string, editionId: number, measures: readonly ImportedMeasure[]): Promise<number> {
  const file = databaseFileIn(schemaDir);
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const handle = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(handle)));
  });
  const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
  await exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
  const start = performance.now();
  await exec('BEGIN');
  const now = new Date().toISOString();
  const measureRows = measures.map((m, i) => [i + 1, editionId, m.fieldOfActionId, m.code, m.title, m.description, m.lead, m.origin, m.priorityPoints, m.history.at(-1)!.toStatus, now, now]);
  const changeRows = measures.flatMap((m, i) => m.history.map((c) => [i + 1, c.changedOn, c.fromStatus, c.toStatus, c.reason, c.drucksache, 'bench', now]));
  await runPrepared(db, `INSERT INTO measure (${MEASURE_COLUMNS}) VALUES (${Array(12).fill('?').join(', ')})`, measureRows);
  await runPrepared(db, `INSERT INTO status_change (${STATUS_CHANGE_COLUMNS}) VALUES (${Array(8).fill('?').join(', ')})`, changeRows);
  await exec('COMMIT');
  const elapsed = performance.now() - start;
  await new Promise<void>((resolve) => db.close(() => resolve()));
  return elapsed;
}

async function freshCore(label: string): Promise<{ core: AppCore; dir: string; editionId: number; fieldIds: number[] }> {
  const { core, dir } = await startBenchCore(label);
  const call = async <N extends CallName>(name: N, input: CallInput<N>) => {
    const result = await core.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.messageKey}`);
    return result.data as { id: number };
  };
  const edition = await call('editions.create', { title: 'Benchmark', periodFrom: 2022, periodTo: 2024 });
  const fieldIds: number[] = [];
  for (const name of ['Zusammenleben', 'Sprache', 'Arbeit und Bildung', 'Antidiskriminierung', 'Ehrenamt']) {
    fieldIds.push((await call('fieldsOfAction.create', { editionId: edition.id, name })).id);
  }
  return { core, dir, editionId: edition.id, fieldIds };
}

/** 5,000 measures with 50,000 status changes: import ratio, list/filter p95, search p95. */
export async function benchMeasures(): Promise<BenchFigure[]> {
  // Alternating rounds, best of each, so a busy moment of the machine does not decide the ratio.
  let rawMs = Infinity;
  let appMs = Infinity;
  let app: Awaited<ReturnType<typeof freshCore>> | undefined;
  const scratch: string[] = [];
  for (let round = 0; round < 2; round++) {
    // Raw baseline on an identical, empty schema (made by the app, then closed).
    const baseline = await freshCore('raw');
    await baseline.core.close();
    scratch.push(baseline.dir);
    rawMs = Math.min(rawMs, await rawImport(baseline.dir, baseline.editionId, dataset(baseline.fieldIds)));

    if (app) {
      await app.core.close();
      scratch.push(app.dir);
    }
    app = await freshCore('app');
    const start = performance.now();
    const imported = await new MeasureImport(app.core.database!).run(app.editionId, dataset(app.fieldIds), 'bench');
    appMs = Math.min(appMs, performance.now() - start);
    if (imported.statusChanges !== MEASURES * CHANGES_PER_MEASURE) throw new Error('import incomplete');
  }
  if (!app) throw new Error('no rounds');

  const e = app.editionId;
  const listP95 = await timeCalls(
    app.core,
    [
      ['measures.list', { editionId: e }],
      ['measures.list', { editionId: e, statuses: ['implementing'] }],
      ['measures.list', { editionId: e, fieldOfActionIds: [app.fieldIds[1]], sortKey: 'title' }],
      ['measures.list', { editionId: e, lead: 'Träger 7', sortKey: 'priority', sortDirection: 'desc' }],
      ['measures.list', { editionId: e, text: 'Sprachkurs' }],
      ['dashboard.summary', { editionId: e }],
    ],
    20,
  );
  const searchP95 = await timeCalls(
    app.core,
    ['Sprachkurs', 'Begegnung Nachbarschaft', 'Bücherhalle', 'M-0042', 'Diskriminierung', 'ment', 'Kultur Sport'].map((text) => ['measures.search', { text, editionId: e }] as [CallName, unknown]),
    20,
  );
  await app.core.close();
  for (const dir of [...scratch, app.dir]) fs.rmSync(dir, { recursive: true, force: true });

  const ratio = appMs / rawMs;
  return [
    { name: `Import 5.000 Maßnahmen + 50.000 Statusänderungen (App ${appMs.toFixed(0)} ms / roh ${rawMs.toFixed(0)} ms)`, value: ratio, unit: '×', target: '≤ 2×', met: ratio <= 2 },
    { name: 'Liste/Filter p95 (measures.list, dashboard.summary)', value: listP95, unit: 'ms', target: '< 50 ms', met: listP95 < 50 },
    { name: 'Suche p95 (measures.search, FTS5)', value: searchP95, unit: 'ms', target: '< 16 ms', met: searchP95 < 16 },
  ];
}


