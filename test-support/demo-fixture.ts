import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mustCall, startTestCore } from './core';
import { tempDir } from './temp-dir';
import { createTestDatabase, startPostgresTestCore, testEngine, useCopyOf } from './test-engine';
import { startAppCore } from '../main/core/app-core';
import type { Platform } from '../main/core/handlers';
import { silentLogger } from '../main/services/logger';
import { seedDemo } from '../main/demo/seed-demo';

/**
 * Tests only: a core on a copy of the demo database. The demo is seeded once per test file
 * (it takes seconds) and copied for every test, so each test may change its copy freely.
 */
let template: Promise<string> | undefined;
const platform: Platform = { transport: 'browser', osUserName: 'test', openExternal: async () => false };

/** On PostgreSQL: the demo seeded once per test file into a database the tests' databases are copied from. */
async function seededPostgresTemplate(): Promise<string> {
  const name = await createTestDatabase();
  const core = await startPostgresTestCore(tempDir(), platform, name);
  await seedDemo(core.dispatch);
  await core.close();
  return name;
}

async function seededTemplate(): Promise<string> {
  if (testEngine === 'postgres') return seededPostgresTemplate();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-docs-demo-'));
  const core = await startAppCore({ dataDir: dir, appVersion: 'test', platform, logger: silentLogger });
  await seedDemo(core.dispatch);
  await core.close();
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function demoCore() {
  template ??= seededTemplate();
  const dataDir = tempDir();
  if (testEngine === 'postgres') await useCopyOf(await template, dataDir);
  else fs.cpSync(await template, dataDir, { recursive: true });
  const core = await startTestCore(dataDir);
  const [edition] = await mustCall(core, 'editions.list', {});
  return { core, editionId: edition!.id };
}
