import { afterEach } from 'vitest';
import type { CallInput, CallName, CallOutput, CallResult } from '../contract';
import { startAppCore, type AppCore } from '../main/core/app-core';
import { silentLogger } from '../main/services/logger';
import { plainPlatform } from '../main/core/plain-platform';
import type { Platform } from '../main/core/platform';
import { tempDir } from './temp-dir';
import { startPostgresTestCore, testEngine } from './test-engine';

const open: AppCore[] = [];

/**
 * Starts the real core (real sqlite3 file, real migrations) in a temp folder, closed after the test;
 * in the vitest project `postgres`, on a fresh database of a real PostgreSQL server instead.
 */
export async function startTestCore(dataDir = tempDir(), platform: Platform = plainPlatform): Promise<AppCore & { dataDir: string }> {
  const core =
    testEngine === 'postgres'
      ? await startPostgresTestCore(dataDir, platform)
      : await startAppCore({ dataDir, appVersion: '0.0.0-test', platform, logger: silentLogger });
  open.push(core);
  return Object.assign(core, { dataDir });
}

/** A typed call through the same dispatch the transports use. */
export function callOn<N extends CallName>(core: AppCore, name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>> {
  return core.dispatch(name, input) as Promise<CallResult<CallOutput<N>>>;
}

/** Like callOn, but fails the test when the call is refused. */
export async function mustCall<N extends CallName>(core: AppCore, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await callOn(core, name, input);
  if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
  return result.data;
}

afterEach(async () => {
  for (const core of open.splice(0)) await core.close();
});

/** A draft edition to hang fields of action and measures on. */
export async function createEdition(core: AppCore, title = 'Zusammenleben in Vielfalt', periodFrom = 2022, periodTo = 2024) {
  return mustCall(core, 'editions.create', { title, periodFrom, periodTo });
}
