import fs from 'node:fs';
import type { AppCore } from '../main/core/app-core';
import { startAppCore } from '../main/core/app-core';
import { plainPlatform } from '../main/core/plain-platform';
import { silentLogger } from '../main/services/logger';

/**
 * Adapter: the database export as the "Daten übertragen" screen runs it. Today the whole file comes
 * back as base64 in one answer; once the streamed save-to-file call lands, call it here instead.
 */
async function exportDatabase(core: AppCore, target: string): Promise<void> {
  const result = await core.dispatch('backups.export', {});
  if (!result.ok) throw new Error(`backups.export: ${JSON.stringify(result.error)}`);
  fs.writeFileSync(target, Buffer.from((result.data as { contentBase64: string }).contentBase64, 'base64'));
}

/** `tsx bench/child-export-database.ts DATA_DIR TARGET`: run by the bench in a process of its own, for its peak memory. */
async function main(): Promise<void> {
  const [dataDir, target] = process.argv.slice(2);
  if (!dataDir || !target) throw new Error('usage: child-export-database DATA_DIR TARGET');
  const core = await startAppCore({ dataDir, appVersion: 'bench', platform: plainPlatform, logger: silentLogger, access: 'read' });
  try {
    await exportDatabase(core, target);
  } finally {
    await core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
