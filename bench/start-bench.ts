import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, ms, sleep, type BenchFigure } from './bench-support';
import { callServe, startServe, stopServe, untilFirstAnswer, type ServeChild } from './serve-child';

const TARGET_MS = 1000;
/** Each start at 10× with a backup due takes seconds today; three per case keep the bench within minutes. */
const STARTS = 3;

/** The daily backups in the data folder's default backup folder ("Sicherungen"). */
function dailyBackups(dataDir: string): string[] {
  const folder = path.join(dataDir, 'Sicherungen');
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('_taeglich.sqlite')).map((name) => path.join(folder, name)) : [];
}

/** Waits until today's daily backup is there, so stopping never cuts one short (it may now run after the start). */
async function untilBackupDone(server: ServeChild, dataDir: string): Promise<void> {
  for (let waited = 0; waited < 300_000; waited += 100) {
    if (dailyBackups(dataDir).length > 0) {
      const overview = await callServe<{ backups: Array<{ kind: string }> }>(server, 'backups.overview', {});
      if (overview.ok && overview.data.backups.some((backup) => backup.kind === 'daily')) return;
    }
    await sleep(100);
  }
  throw new Error('the daily backup never appeared');
}

/** Spawn → first answer of the start screen (dashboard), STARTS times. */
async function timeStarts(dataDir: string, staticDir: string, editionId: number | undefined, backupDue: boolean): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < STARTS; run++) {
    if (backupDue) for (const file of dailyBackups(dataDir)) fs.rmSync(file);
    const server = await startServe(dataDir, staticDir);
    try {
      samples.push(await untilFirstAnswer(server, 'dashboard.summary', editionId ? { editionId } : {}));
      await untilBackupDone(server, dataDir);
    } finally {
      await stopServe(server);
    }
  }
  return samples;
}

export interface StartCase {
  readonly label: string;
  readonly dataDir: string;
  readonly editionId: number;
}

/**
 * From spawning browser mode (`scripts/serve.ts`, bundled as the app is) to the start screen's first
 * answer, with and without the daily backup due. Anchor: the same start on an empty data folder.
 */
export async function benchStarts(staticDir: string, cases: readonly StartCase[]): Promise<BenchFigure[]> {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-bench-empty-'));
  try {
    // The first start makes the empty file; the next ones open it, as every later day does.
    await timeStarts(empty, staticDir, undefined, false);
    const anchor = percentile(await timeStarts(empty, staticDir, undefined, false), 50);
    const figures: BenchFigure[] = [];
    for (const { label, dataDir, editionId } of cases) {
      for (const backupDue of [false, true]) {
        const samples = await timeStarts(dataDir, staticDir, editionId, backupDue);
        const median = percentile(samples, 50);
        const worst = Math.max(...samples);
        figures.push({
          group: 'Start bis zur ersten nutzbaren Seite (Browser-Modus, Startseite)',
          name: `${label}, ${backupDue ? 'tägliche Sicherung fällig' : 'Sicherung schon gemacht'} (Median von ${samples.length}, langsamster ${ms(worst)})`,
          value: ms(median),
          anchor: `leerer Datenordner ${ms(anchor)}`,
          target: `< ${TARGET_MS} ms`,
          met: worst < TARGET_MS,
        });
      }
    }
    return figures;
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
}
