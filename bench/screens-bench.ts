import sqlite3 from 'sqlite3';
import { databaseFileIn } from '../database/open-database';
import { describeSamples, mb, ms, openRaw, sample, type BenchFigure, type Samples } from './bench-support';
import { keystrokeCalls, rowsIn, screenCalls, type DistrictIds, type ScreenCall } from './screen-calls';
import { mustCallServe, serveMemory, type ServeChild } from './serve-child';

const LIST_TARGET_MS = 50;
const KEYSTROKE_TARGET_MS = 16;
const GROWTH_TARGET = 2;
export const MAIN_RSS_TARGET = 250 * 1_048_576;

export interface Timed {
  readonly label: string;
  readonly call: Samples;
  readonly raw: Samples;
  readonly bytes: number;
  readonly rows: number;
  readonly fixedOutput: boolean;
  readonly target: number;
}

/** The raw SQL anchor of a call on the engine under test. */
export interface AnchorEngine {
  run(sql: string, parameters: readonly unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

async function sqliteAnchors(dataDir: string): Promise<AnchorEngine> {
  const raw = await openRaw(databaseFileIn(dataDir), sqlite3.OPEN_READONLY);
  return { run: (sql, parameters) => raw.all(sql, parameters), close: () => raw.close() };
}

/** Times calls through the HTTP server (the renderer's path: JSON, transport) and their raw SQL anchors. */
export async function timeScreen(server: ServeChild, anchors: AnchorEngine, ids: DistrictIds): Promise<Timed[]> {
  const raw = anchors;
  try {
    const timed: Timed[] = [];
    const measure = async (label: string, calls: ReadonlyArray<Omit<ScreenCall, 'screen'>>, target: number) => {
      // One untimed round: the first call after start compiles statements and fills the page cache.
      const first = await mustCallServe(server, calls[0]!.name, calls[0]!.input);
      for (const call of calls.slice(1)) await mustCallServe(server, call.name, call.input);
      const callSamples = await sample((index) => {
        const call = calls[index % calls.length]!;
        return mustCallServe(server, call.name, call.input);
      }, Math.max(30, calls.length * 3));
      const rawSamples = await sample((index) => raw.run(...calls[index % calls.length]!.anchor), Math.max(30, calls.length * 3));
      timed.push({ label, call: callSamples, raw: rawSamples, bytes: first.bytes, rows: rowsIn(first.data), fixedOutput: calls.every((call) => call.fixedOutput), target });
    };
    for (const call of screenCalls(ids)) await measure(`${call.screen}: ${call.name}`, [call], LIST_TARGET_MS);
    for (const { screen, calls } of keystrokeCalls(ids.editionId)) await measure(screen, calls, KEYSTROKE_TARGET_MS);
    return timed;
  } finally {
    await raw.close();
  }
}

/** Answers within this factor of each other in size count as "fixed output" for the growth target. */
const OUTPUT_SIZE_TOLERANCE = 1.25;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

export interface ScreensResult {
  readonly figures: BenchFigure[];
}

/**
 * The first calls of every screen at 10× (p95 through HTTP against the raw query), their growth
 * from 1× (p50 ratio, for outputs of fixed size), and the server's memory after all of them.
 */
export const SCREENS_GROUP = 'Bildschirme bei 10× (HTTP, JSON inklusive)';

export async function benchScreens(small: { server: ServeChild; dataDir: string; ids: DistrictIds }, large: { server: ServeChild; dataDir: string; ids: DistrictIds }): Promise<BenchFigure[]> {
  const atOne = await timeScreen(small.server, await sqliteAnchors(small.dataDir), small.ids);
  const rssBefore = serveMemory(large.server);
  const atTen = await timeScreen(large.server, await sqliteAnchors(large.dataDir), large.ids);
  const rssAfter = serveMemory(large.server);
  const figures: BenchFigure[] = [];
  for (const [index, ten] of atTen.entries()) {
    const one = atOne[index]!;
    figures.push({
      group: SCREENS_GROUP,
      name: `${ten.label} – ${ten.rows} Zeilen, ${(ten.bytes / 1024).toFixed(0)} kB`,
      value: describeSamples(ten.call),
      anchor: `SQL p95 ${ms(ten.raw.p95)}`,
      target: `p95 < ${ten.target} ms`,
      met: ten.call.p95 < ten.target,
    });
    if (ten.fixedOutput) {
      const growth = ten.call.p50 / one.call.p50;
      // The target holds for answers of the same size; one that grew with the data (a meeting's
      // carried-over tasks) is reported with both sizes, not judged.
      const sizeRatio = ten.bytes / Math.max(1, one.bytes);
      const fixed = sizeRatio <= OUTPUT_SIZE_TOLERANCE && sizeRatio >= 1 / OUTPUT_SIZE_TOLERANCE;
      figures.push({
        group: 'Wachstum 1× → 10× (p50)',
        name: fixed ? ten.label : `${ten.label} – Antwort nicht gleich groß (1×: ${kb(one.bytes)}, 10×: ${kb(ten.bytes)})`,
        value: `${growth.toFixed(2)}×`,
        anchor: `1×: ${ms(one.call.p50)}, 10×: ${ms(ten.call.p50)}; SQL ${(ten.raw.p50 / one.raw.p50).toFixed(2)}×`,
        target: fixed ? `< ${GROWTH_TARGET}×` : 'nur bei gleich großer Antwort',
        met: fixed ? growth < GROWTH_TARGET : null,
      });
    }
  }
  figures.push({
    group: 'Speicher',
    name: 'Server-Prozess (RSS) nach den ersten Aufrufen jedes Bildschirms bei 10×',
    value: rssAfter ? mb(rssAfter.rss) : 'nicht messbar (kein /proc)',
    anchor: rssBefore ? `nach dem Start ${mb(rssBefore.rss)}, Spitze ${rssAfter ? mb(rssAfter.peak) : '?'}` : '—',
    target: '< 250 MB',
    met: rssAfter ? rssAfter.rss < MAIN_RSS_TARGET : null,
  });
  return figures;
}
