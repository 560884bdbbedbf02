import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CallName } from '../contract';
import { startAppCore, type AppCore } from '../main/core/app-core';
import { silentLogger } from '../main/services/logger';
import { plainPlatform } from '../main/core/plain-platform';

/** One line of `npm run bench`: a figure, its target and whether it was met. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string;
  readonly met: boolean;
}

export const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** p95 of the calls' durations over `rounds` rounds; a refused call stops the bench. */
export async function timeCalls(core: AppCore, inputs: ReadonlyArray<[CallName, unknown]>, rounds: number): Promise<number> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [name, input] of inputs) {
      const start = performance.now();
      const result = await core.dispatch(name, input);
      samples.push(performance.now() - start);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    }
  }
  return percentile(samples, 95);
}

/** The app's core on a new, empty data folder (as browser mode starts it, without its log). */
export async function startBenchCore(label: string): Promise<{ core: AppCore; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lbw-bench-${label}-`));
  return { core: await startAppCore({ dataDir: dir, appVersion: 'bench', platform: plainPlatform, logger: silentLogger }), dir };
}
