import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sqlite3 from 'sqlite3';
import { databaseFileIn } from '../database/open-database';
import { openRaw, type BenchFigure } from '../bench/bench-support';
import { benchBundle, buildRenderer } from '../bench/bundle-bench';
import { benchDocuments } from '../bench/documents-bench';
import { benchExports } from '../bench/export-bench';
import { benchImports } from '../bench/import-bench';
import { benchScreens } from '../bench/screens-bench';
import { bundleServe, rendererDir, root, startServe, stopServe, untilFirstAnswer, type ServeChild } from '../bench/serve-child';
import { benchStarts } from '../bench/start-bench';
import { benchWrites } from '../bench/writes-bench';
import { benchScreensOnPostgres } from '../bench/postgres-bench';
import { AGENDA_ITEMS_PER_MEETING, generateBigDistrict, type BigDistrict } from '../test-support/big-district';

const step = (text: string) => console.log(`… ${text} (${(performance.now() / 1000).toFixed(0)} s)`);

async function generate(scale: number): Promise<BigDistrict> {
  const district = await generateBigDistrict(fs.mkdtempSync(path.join(os.tmpdir(), `lbw-bench-${scale}x-`)), scale);
  step(`${scale}× erzeugt in ${(district.insertMs / 1000).toFixed(1)} s: ${district.size.measures} Maßnahmen, ${district.size.contacts} Kontakte, ${district.size.meetings} Sitzungen`);
  return district;
}

/** A started server whose first (backup-making) start is over, so later figures time ordinary days. */
async function serve(district: BigDistrict): Promise<ServeChild> {
  const server = await startServe(district.dataDir, rendererDir());
  await untilFirstAnswer(server, 'dashboard.summary', { editionId: district.editionId });
  return server;
}

/**
 * `npm run bench -- --engine postgres` adds the screens on a local PostgreSQL server (bench/postgres-bench.ts).
 * `npm run bench -- --only screens,writes` runs only those parts (screens, writes, exports, starts,
 * imports, documents, bundle), for working on one of them; the full run is what the README reports.
 */
function chosenParts(argv: readonly string[]): ReadonlySet<string> | null {
  const at = argv.indexOf('--only');
  const list = at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  return list ? new Set(list.split(',').map((name) => name.trim())) : null;
}
const only = chosenParts(process.argv.slice(2));
/** `--engine postgres`: the screens once more on a local PostgreSQL server, beside SQLite's figures. */
const onPostgresToo = /(^|\s)--engine(=|\s)postgres(\s|$)/.test(process.argv.slice(2).join(' '));
const runs = (key: string) => only === null || only.has(key);

/** Runs one part; a part that breaks becomes a missed figure with its error, and the others still run. */
async function part(figures: BenchFigure[], key: string, name: string, run: () => Promise<BenchFigure[]>): Promise<void> {
  if (!runs(key)) return;
  step(name);
  try {
    figures.push(...(await run()));
  } catch (error) {
    console.error(error);
    figures.push({ group: name, name: 'abgebrochen', value: String(error instanceof Error ? error.message : error).slice(0, 200), anchor: '—', target: 'läuft durch', met: false });
  }
}

const ids = (district: BigDistrict) => ({ editionId: district.editionId, newestMeetingId: district.size.meetings, today: new Date().toISOString().slice(0, 10) });

async function contactCount(dataDir: string): Promise<number> {
  const raw = await openRaw(databaseFileIn(dataDir), sqlite3.OPEN_READONLY);
  const [{ n }] = (await raw.all<{ n: number }>('SELECT count(*) AS n FROM contact WHERE erased_at IS NULL')) as [{ n: number }];
  await raw.close();
  return n;
}

function printTable(figures: readonly BenchFigure[]): void {
  const commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  const cpu = os.cpus();
  console.log(`\nLeitbild-Werkstatt – Benchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Commit ${commit}`);
  console.log(`${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}\n`);
  // Grouped in the order the groups first appear; within a group, in the order measured.
  const groups = [...new Set(figures.map((figure) => figure.group))];
  const sorted = groups.flatMap((name) => figures.filter((figure) => figure.group === name));
  let group = '';
  for (const figure of sorted) {
    if (figure.group !== group) {
      group = figure.group;
      console.log(`\n**${group}**\n\n|   | Messung | Wert | Anker (gleicher Lauf) | Ziel |\n|---|---|---|---|---|`);
    }
    const mark = figure.met === null ? '·' : figure.met ? '✔' : '✘';
    console.log(`| ${mark} | ${figure.name} | ${figure.value} | ${figure.anchor} | ${figure.target} |`);
  }
  const missed = figures.filter((figure) => figure.met === false).length;
  console.log(`\n${missed === 0 ? 'Alle Ziele erreicht.' : `${missed} von ${figures.filter((figure) => figure.met !== null).length} Zielen verfehlt.`}`);
}

/** The screens' and writes' figures, through the browser mode's HTTP server at 1× and 10×. */
async function benchOverHttp(figures: BenchFigure[], one: BigDistrict, ten: BigDistrict): Promise<void> {
  const small = await serve(one);
  const large = await serve(ten);
  try {
    await part(figures, 'screens', 'Bildschirme über HTTP', () => benchScreens({ server: small, dataDir: one.dataDir, ids: ids(one) }, { server: large, dataDir: ten.dataDir, ids: ids(ten) }));
    const liveAgendaItemId = (ten.size.meetings - 1) * AGENDA_ITEMS_PER_MEETING + 1;
    await part(figures, 'writes', 'Schreiben über HTTP', () => benchWrites({ server: large, dataDir: ten.dataDir, editionId: ten.editionId, fieldIds: ten.fieldIds, liveAgendaItemId }));
  } finally {
    await stopServe(small);
    await stopServe(large);
  }
}

/**
 * `npm run bench`: one database at 10× (and one at 1× for growth), timing what people do, each figure
 * beside its anchor from the same run and its target; exits 1 when a target is missed.
 */
async function main(): Promise<number> {
  step('Oberfläche bauen');
  buildRenderer();
  await bundleServe();
  const one = await generate(1);
  const ten = await generate(10);
  const figures: BenchFigure[] = [];
  try {
    if (runs('screens') || runs('writes')) await benchOverHttp(figures, one, ten);
    if (onPostgresToo) await part(figures, 'screens', 'Bildschirme auf PostgreSQL', () => benchScreensOnPostgres(ten, ids(ten), figures));
    await part(figures, 'exports', 'Exporte', async () => benchExports(ten.dataDir, await contactCount(ten.dataDir)));
    await part(figures, 'starts', 'Starts', () =>
      benchStarts(rendererDir(), [
        { label: '1×', dataDir: one.dataDir, editionId: one.editionId },
        { label: '10×', dataDir: ten.dataDir, editionId: ten.editionId },
      ]),
    );
    const importing: { server: ServeChild | null } = { server: null };
    const stopImporting = async () => {
      if (importing.server) await stopServe(importing.server);
      importing.server = null;
    };
    await part(figures, 'imports', 'Importe', () => benchImports(ten.dataDir, { start: async () => (importing.server = await serve(ten)), stop: stopImporting }));
    await stopImporting();
    await part(figures, 'documents', 'Dokumente', () => benchDocuments());
    if (runs('bundle')) figures.push(...benchBundle());
  } finally {
    for (const district of [one, ten]) fs.rmSync(district.dataDir, { recursive: true, force: true });
  }
  printTable(figures);
  return figures.every((figure) => figure.met !== false) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
