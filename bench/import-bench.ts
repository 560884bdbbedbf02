import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportJobDto } from '../contract';
import { databaseFileIn } from '../database/open-database';
import { sortKeyOf } from '../main/services/contacts/contact-records';
import { cliNodeOptions, describeSamples, ms, openRaw, percentile, sleep, timeOnce, type BenchFigure } from './bench-support';
import { firstWindow } from './screen-calls';
import { callServe, mustCallServe, root, type ServeChild } from './serve-child';

export const IMPORT_ROWS = 20_000;
const ROUNDS = 2;
const ORGANIZATIONS = 200;
const RATIO_TARGET = 2;
/** As the import wizard polls (PROGRESS_POLL_MS in ContactsImportScreen.tsx). */
const POLL_MS = 200;

interface Row {
  readonly first: string;
  readonly last: string;
  readonly organization: string;
  readonly email: string;
  readonly fn: string;
}

/** New people each round (a prefix in every name), so no round meets the last one's duplicates. */
function rowsFor(prefix: string): Row[] {
  return Array.from({ length: IMPORT_ROWS }, (_, i) => ({
    first: `Vor${i}`,
    last: `${prefix}Nach${i}`,
    organization: `Verein ${prefix} ${i % ORGANIZATIONS}`,
    email: `${prefix.toLowerCase()}${i}@example.org`,
    fn: i % 5 === 0 ? 'Vorsitz' : 'Mitglied',
  }));
}

const csvOf = (rows: readonly Row[]) =>
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(['Vorname;Nachname;Organisation;E-Mail;Funktion', ...rows.map((row) => [row.first, row.last, row.organization, row.email, row.fn].join(';'))].join('\r\n'), 'utf8')]);

/** The wizard: preview, then the job, polled as the screen polls it; list calls of a colleague meanwhile. */
async function importAsTheScreen(server: ServeChild, file: Buffer): Promise<{ previewMs: number; importMs: number; during: number[]; droppedPolls: number; longestPoll: number }> {
  const source = { fileName: 'kontakte.csv', contentBase64: file.toString('base64') };
  const previewMs = await timeOnce(() => mustCallServe(server, 'contacts.importPreview', source));
  const during: number[] = [];
  let running = true;
  const colleague = (async () => {
    while (running) {
      const start = performance.now();
      const answer = await callServe(server, 'contacts.list', firstWindow('contacts.list', {}, { limit: 25_000 })).catch(() => null);
      // A refused or dropped call counts as the longest possible wait: it never showed the list.
      during.push(answer?.ok ? performance.now() - start : Infinity);
      await sleep(50);
    }
  })();
  const started = performance.now();
  const { data } = await mustCallServe<{ jobId: string }>(server, 'contacts.importStart', { ...source, decisions: {} });
  let job: ImportJobDto | null = null;
  let droppedPolls = 0;
  let longestPoll = 0;
  do {
    await sleep(POLL_MS);
    const pollStart = performance.now();
    // A poll the server drops (its event loop busy too long) is asked again, as the screen's next tick would.
    const answer = await callServe<ImportJobDto>(server, 'contacts.importProgress', { jobId: data.jobId }).catch(() => null);
    longestPoll = Math.max(longestPoll, performance.now() - pollStart);
    if (answer?.ok) job = answer.data;
    else droppedPolls++;
  } while (!job || job.state === 'running');
  const importMs = performance.now() - started;
  running = false;
  await colleague;
  if (job.state !== 'done' || job.result?.created !== IMPORT_ROWS) throw new Error(`import job: ${JSON.stringify(job)}`);
  return { previewMs, importMs, during, droppedPolls, longestPoll };
}

/** `npm run cli -- import-contacts FILE --data-dir DIR` as a process of its own (tsx, as npm runs it). */
function importAsTheCli(dataDir: string, file: Buffer): Promise<number> {
  const csv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-bench-cli-')), 'kontakte.csv');
  fs.writeFileSync(csv, file);
  const started = performance.now();
  const child = spawn(process.execPath, [...cliNodeOptions(root), 'scripts/cli.ts', 'import-contacts', csv, '--data-dir', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => {
      fs.rmSync(path.dirname(csv), { recursive: true, force: true });
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`cli import-contacts exited ${code}: ${output}`));
    }),
  );
}

/** The same rows with raw prepared inserts in one transaction (organisations, contacts, their links; same triggers). */
async function importRaw(dataDir: string, rows: readonly Row[]): Promise<number> {
  const raw = await openRaw(databaseFileIn(dataDir));
  try {
    return await timeOnce(async () => {
      const now = new Date().toISOString();
      await raw.exec('BEGIN IMMEDIATE');
      const [{ next }] = (await raw.all<{ next: number }>('SELECT coalesce(max(id), 0) + 1 AS next FROM contact')) as [{ next: number }];
      const [{ nextOrg }] = (await raw.all<{ nextOrg: number }>('SELECT coalesce(max(id), 0) + 1 AS nextOrg FROM organization')) as [{ nextOrg: number }];
      await raw.insertEach('INSERT INTO organization (id, name, created_at) VALUES (?, ?, ?)', Array.from({ length: ORGANIZATIONS }, (_, i) => [nextOrg + i, rows[i]!.organization, now]));
      await raw.insertEach(
        'INSERT INTO contact (id, first_name, last_name, function, emails, sort_key, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        rows.map((row, i) => [next + i, row.first, row.last, row.fn, JSON.stringify([row.email]), sortKeyOf(row.first, row.last), 'Import', now, now]),
      );
      await raw.insertEach('INSERT INTO contact_organization (contact_id, organization_id) VALUES (?, ?)', rows.map((_, i) => [next + i, nextOrg + (i % ORGANIZATIONS)]));
      await raw.exec('COMMIT');
    });
  } finally {
    await raw.close();
  }
}

export interface ImportServer {
  start(): Promise<ServeChild>;
  stop(): Promise<void>;
}

/**
 * 20,000 new contacts into the 10× database (200,000 already there, so the duplicate check has work),
 * the way the screen does it, the way the CLI does it, and raw. Each path twice (an import takes
 * seconds, 30 rounds would take the bench's whole budget); the better round counts for each.
 */
export async function benchImports(dataDir: string, server: ImportServer): Promise<BenchFigure[]> {
  const screen: Array<Awaited<ReturnType<typeof importAsTheScreen>>> = [];
  const cli: number[] = [];
  const raw: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const running = await server.start();
    screen.push(await importAsTheScreen(running, csvOf(rowsFor(`Ui${round}x`))));
    await server.stop();
    cli.push(await importAsTheCli(dataDir, csvOf(rowsFor(`Cli${round}x`))));
    raw.push(await importRaw(dataDir, rowsFor(`Raw${round}x`)));
  }
  const rawMs = Math.min(...raw);
  const screenMs = Math.min(...screen.map((run) => run.importMs));
  const cliMs = Math.min(...cli);
  const answered = screen.flatMap((run) => run.during).filter(Number.isFinite);
  const dropped = screen.reduce((sum, run) => sum + run.during.length, 0) - answered.length;
  const droppedPolls = screen.reduce((sum, run) => sum + run.droppedPolls, 0);
  const longestPoll = Math.max(...screen.map((run) => run.longestPoll));
  const group = `Import ${IMPORT_ROWS.toLocaleString('de-DE')} Kontakte in die 10×-Daten (beste von ${ROUNDS})`;
  return [
    {
      group,
      name: `wie die Oberfläche: importStart + importProgress alle ${POLL_MS} ms (Vorschau vorher ${ms(Math.min(...screen.map((run) => run.previewMs)))}; längste Fortschrittsabfrage ${ms(longestPoll)}, ${droppedPolls} vom Server abgebrochen)`,
      value: `${(screenMs / rawMs).toFixed(2)}× roh (${ms(screenMs)})`,
      anchor: `roh ${ms(rawMs)}`,
      target: `≤ ${RATIO_TARGET}× roh, keine Abfrage abgebrochen`,
      met: screenMs / rawMs <= RATIO_TARGET && droppedPolls === 0,
    },
    { group, name: 'wie die Kommandozeile: npm run cli -- import-contacts (eigener Prozess, mit Start)', value: `${(cliMs / rawMs).toFixed(2)}× roh (${ms(cliMs)})`, anchor: `roh ${ms(rawMs)}`, target: `≤ ${RATIO_TARGET}× roh`, met: cliMs / rawMs <= RATIO_TARGET },
    {
      group,
      name: 'Kontaktliste einer Kollegin während des Imports (erstes Fenster)',
      value: describeSamples({ p50: percentile(answered, 50), p95: percentile(answered, 95), count: answered.length }),
      anchor: `längster Aufruf ${ms(Math.max(...answered))}, ${dropped} vom Server abgebrochen`,
      target: 'gemessen',
      met: null,
    },
  ];
}

