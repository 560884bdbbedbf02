import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sqlite3 from 'sqlite3';
import { databaseFileIn } from '../database/open-database';
import { cliNodeOptions, mb, ms, openRaw, processMemory, timeOnce, type BenchFigure } from './bench-support';
import { root } from './serve-child';

const PEAK_TARGET = 300 * 1_048_576;
const ROWS_PER_SECOND_TARGET = 20_000;
/** Today’s export of 200,000 contacts takes minutes; at 20,000 rows/s it needs 10 s, so past 90 s it is a clear miss, not a wait. */
const TIMEOUT_MS = 90_000;

/** Prints the process's peak RSS (bytes) on exit: exact, unlike sampling /proc from outside. */
const REPORT_PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('PEAK_RSS '+process.resourceUsage().maxRSS*1024+'\\n'))`;

interface ChildRun {
  readonly ms: number;
  readonly peak: number;
  readonly ok: boolean;
  readonly output: string;
}

/** A CLI process (started as `npm run cli` starts it) with its time and peak memory; killed after TIMEOUT_MS. */
function runChild(script: string, args: readonly string[]): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [...cliNodeOptions(root), '--import', REPORT_PEAK, script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let polledPeak = 0;
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // A process that is exiting has no VmHWM any more (NaN): only real readings count.
  const poll = setInterval(() => (polledPeak = Math.max(polledPeak, Number.isFinite(processMemory(child.pid!)?.peak) ? processMemory(child.pid!)!.peak : 0)), 100);
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      const reported = Number(/PEAK_RSS (\d+)/.exec(output)?.[1] ?? 0);
      resolve({ ms: performance.now() - started, peak: Math.max(reported, polledPeak), ok: code === 0, output });
    }),
  );
}

/** Anchor: the same contacts straight from SQL into a CSV file, row by row. */
async function rawCsv(dataDir: string, target: string): Promise<number> {
  const raw = await openRaw(databaseFileIn(dataDir), sqlite3.OPEN_READONLY);
  try {
    return await timeOnce(async () => {
      const out = fs.createWriteStream(target);
      await new Promise<void>((resolve, reject) =>
        raw.db.each(
          `SELECT c.first_name, c.last_name, c.function, c.emails, c.phones, c.street, c.postal_code, c.city,
             (SELECT group_concat(o.name, ', ') FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = c.id) AS orgs
           FROM contact c WHERE c.erased_at IS NULL ORDER BY c.sort_key`,
          (error, row: Record<string, string | null>) => {
            if (!error) out.write(`${Object.values(row).map((value) => value ?? '').join(';')}\r\n`);
          },
          (error) => (error ? reject(error) : resolve()),
        ),
      );
      await new Promise<void>((resolve) => out.end(() => resolve()));
    });
  } finally {
    await raw.close();
  }
}

const countIn = (file: string, pattern: RegExp) => (fs.existsSync(file) ? (fs.readFileSync(file, 'utf8').match(pattern) ?? []).length : 0);

/**
 * Export of all contacts (CSV, vCard) as `npm run cli -- export-contacts` runs it, and of the whole
 * database as `npm run cli -- export-database` runs it (the same snapshot and streamed writer as the
 * transfer screen's download), each in a process of its own: time, rows/s, peak RSS.
 */
export async function benchExports(dataDir: string, contacts: number): Promise<BenchFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-bench-export-'));
  try {
    const anchorMs = await rawCsv(dataDir, path.join(dir, 'roh.csv'));
    const figures: BenchFigure[] = [];
    for (const format of ['csv', 'vcard'] as const) {
      const target = path.join(dir, `kontakte.${format === 'csv' ? 'csv' : 'vcf'}`);
      const run = await runChild('scripts/cli.ts', ['export-contacts', '--format', format, '--out', target, '--data-dir', dataDir]);
      const rows = run.ok ? (format === 'csv' ? countIn(target, /\r?\n(?=.)/g) : countIn(target, /BEGIN:VCARD/g)) : 0;
      const perSecond = rows / (run.ms / 1000);
      const state = run.ok ? `${rows.toLocaleString('de-DE')} von ${contacts.toLocaleString('de-DE')} Kontakten` : `nach ${ms(run.ms)} abgebrochen`;
      figures.push({
        group: 'Export aller Kontakte bei 10× (eigener Prozess: npm run cli -- export-contacts)',
        name: `${format === 'csv' ? 'CSV' : 'vCard'}: ${state}${run.ok ? ` in ${ms(run.ms)}` : ''}, Spitze ${mb(run.peak)}`,
        value: `${Math.round(perSecond).toLocaleString('de-DE')} Zeilen/s`,
        anchor: `SQL → CSV roh ${ms(anchorMs)}`,
        target: `≥ 20.000 Zeilen/s, alle Kontakte, Spitze < 300 MB`,
        met: run.ok && rows === contacts && perSecond >= ROWS_PER_SECOND_TARGET && run.peak < PEAK_TARGET,
      });
    }
    const copyMs = await timeOnce(async () => fs.copyFileSync(databaseFileIn(dataDir), path.join(dir, 'kopie.sqlite')));
    const target = path.join(dir, 'export.sqlite');
    const run = await runChild('scripts/cli.ts', ['export-database', '--out', target, '--data-dir', dataDir]);
    const bytes = run.ok && fs.existsSync(target) ? fs.statSync(target).size : 0;
    figures.push({
      group: 'Export der Datenbank bei 10× (eigener Prozess: npm run cli -- export-database)',
      name: run.ok ? `${mb(bytes)} in ${ms(run.ms)}` : `fehlgeschlagen nach ${ms(run.ms)}: ${run.output.slice(0, 200)}`,
      value: `Spitze ${mb(run.peak)}`,
      anchor: `Datei kopieren ${ms(copyMs)}`,
      target: 'Spitze < 300 MB',
      met: run.ok && run.peak < PEAK_TARGET,
    });
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
