import fs from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { CallName, ImportJobDto } from '../contract';
import { percentile, startBenchCore, type BenchFigure } from './bench-support';

const BASE_CONTACTS = 20_000;
const IMPORT_ROWS = 200_000;
const P95_TARGET_MS = 200;

function csv(rows: number, prefix: string): string {
  const lines = ['Vorname;Nachname;Organisation;E-Mail;Funktion'];
  for (let i = 0; i < rows; i++) lines.push(`Vor${i};${prefix}Nach${i};Verein ${i % 300} Harburg;${prefix.toLowerCase()}${i}@example.org;${i % 5 === 0 ? 'Vorsitz' : 'Mitglied'}`);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]).toString('base64');
}

/**
 * Fairness: list and search calls while a 200,000-row contacts import runs (it holds the one
 * write transaction for its whole length; reads go through the read connection). Also the
 * import's peak memory, sampled every 20 ms.
 */
export async function benchImportFairness(): Promise<BenchFigure[]> {
  const { core, dir } = await startBenchCore('import-fairness');
  try {
    const base = await core.dispatch('contacts.import', { fileName: 'basis.csv', contentBase64: csv(BASE_CONTACTS, 'Basis') });
    if (!base.ok) throw new Error(`base import failed: ${JSON.stringify(base.error)}`);
    const file = csv(IMPORT_ROWS, 'Gross');
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
    // A call that waits while the event loop is blocked (file parse, duplicate check) is only timed
    // if it was in flight; the loop delay shows every blockade.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();

    const calls: ReadonlyArray<[CallName, unknown]> = [
      ['contacts.list', { limit: 50 }],
      ['contacts.list', { text: 'Nach1234' }],
      ['editions.list', {}],
    ];
    // Another person's clicks, from before the import starts until it ends: the file parse in
    // contacts.importStart blocks the event loop and shows up in the maximum.
    const samples: number[] = [];
    let importing = true;
    const clicks = (async () => {
      for (let round = 0; importing; round++) {
        const [name, input] = calls[round % calls.length]!;
        const callStart = performance.now();
        const result = await core.dispatch(name, input);
        samples.push(performance.now() - callStart);
        if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    const start = await core.dispatch('contacts.importStart', { fileName: 'gross.csv', contentBase64: file });
    if (!start.ok) throw new Error(`import start failed: ${JSON.stringify(start.error)}`);
    const parseMs = performance.now() - started;
    const { jobId } = start.data as { jobId: string };
    let job: ImportJobDto;
    for (;;) {
      const progress = await core.dispatch('contacts.importProgress', { jobId });
      job = (progress as { ok: true; data: ImportJobDto }).data;
      if (job.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    importing = false;
    await clicks;
    const importMs = performance.now() - started;
    clearInterval(sampler);
    loopDelay.disable();
    const blockedMs = loopDelay.max / 1e6;
    if (job.state !== 'done' || job.result?.created !== IMPORT_ROWS) throw new Error(`import failed: ${JSON.stringify(job)}`);
    const p95 = percentile(samples, 95);
    const max = Math.max(...samples);
    const mb = (bytes: number) => bytes / 1024 / 1024;
    const fileMb = (file.length * 3) / 4 / 1024 / 1024;
    return [
      {
        name: `Listenaufruf p95 während Import von 200.000 Kontakten (${samples.length} Aufrufe, max ${max.toFixed(0)} ms, Import ${(importMs / 1000).toFixed(1)} s, davon Datei lesen ${(parseMs / 1000).toFixed(1)} s)`,
        value: p95,
        unit: 'ms',
        target: `< ${P95_TARGET_MS} ms`,
        met: p95 < P95_TARGET_MS,
      },
      {
        name: 'Längste Blockade der Ereignisschleife während des Imports (Datei lesen, Dublettenprüfung; synchron)',
        value: blockedMs,
        unit: 'ms',
        target: 'gemessen',
        met: true,
      },
      {
        name: `Speicher-Spitze beim Import (Datei ${fileMb.toFixed(1)} MB, RSS vorher ${mb(rssBefore).toFixed(0)} MB, Spitze ${mb(rssPeak).toFixed(0)} MB)`,
        value: mb(rssPeak - rssBefore),
        unit: 'MB',
        target: 'gemessen',
        met: true,
      },
    ];
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
