import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAppCore } from '../main/core/app-core';
import { serverPlace, startPostgresCore } from '../main/core/postgres-core';
import { PostgresRefusal } from '../database/postgres/open-postgres';
import { cliTranslator } from '../main/cli/cli-text';
import { resolveDataDir } from '../main/core/data-dir';
import { createFileLogger } from '../main/core/file-logger';
import { consoleLogger } from '../main/services/logger';
import { seedDemo } from '../main/demo/seed-demo';
import { plainPlatform } from '../main/core/plain-platform';
import { createBrowserTransfers } from '../main/core/exports/browser-transfers';
import { startBrowserServer } from '../main/server/browser-server';
import { createSecret } from '../main/server/session-secret';
import { parseScriptOptions } from './script-options';
import packageJson from '../package.json' with { type: 'json' };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `npm run serve [-- --data-dir DIR | --demo | --database postgres://…] [--port N] [--user-dir DIR]`:
 * browser mode on 127.0.0.1. `--user-dir`: where this person's name and language are kept (default:
 * beside the data, per login). `--database`: the shared database on a PostgreSQL server; the data
 * folder then holds only this PC's log and settings.
 */
async function main(): Promise<void> {
  const options = parseScriptOptions(process.argv.slice(2));
  const dataDir = options.demo ? fs.mkdtempSync(path.join(os.tmpdir(), 'leitbild-demo-')) : resolveDataDir(options.dataDir);
  const staticDir = options.staticDir ?? path.join(root, 'dist', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error('Die Oberfläche ist nicht gebaut: bitte „npm run build:renderer“ ausführen (npm run serve tut das selbst).');
  }

  const logger = createFileLogger(path.join(dataDir, 'logs'), consoleLogger);
  logger.info(`start ${packageJson.version} (browser mode)`);
  // The secret is made first: the download and upload tokens are bound to it (main/core/transfer-tokens.ts).
  const secret = createSecret();
  const transfers = createBrowserTransfers(secret);
  const platform = { ...plainPlatform, transfers, ...(options.userDir ? { personalSettingsDir: path.resolve(options.userDir) } : {}) };
  // The page is served at once; calls wait until the file is open, and the full check and the daily
  // backup run after that, beside the first screen (main/core/startup-tasks.ts).
  const opening = options.database
    ? startPostgresCore({ url: options.database, dataDir, appVersion: packageJson.version, platform, logger }).catch(async (error: unknown) => {
        throw error instanceof PostgresRefusal ? new Error((await cliTranslator(path.join(root, 'locales')))(`cli.postgres.${error.problem}`, { detail: error.detail, server: serverPlace(options.database!) })) : error;
      })
    : startAppCore({ dataDir, appVersion: packageJson.version, platform, logger, autoBackup: !options.demo, integrityCheck: 'after-start' });
  // The demo data is in place before the first call is answered.
  const coreReady = opening.then(async (core) => {
    if (options.demo && core.status.database.state === 'ready') await seedDemo(core.dispatch);
    return core;
  });
  coreReady.catch(() => undefined); // reported where it is awaited below
  const server = await startBrowserServer({
    dispatch: async (name, input) => (await coreReady).dispatch(name, input),
    staticDir,
    port: options.port,
    secret,
    transfers,
    dataDir,
  });

  console.log('Leitbild-Werkstatt läuft im Browser-Modus (nur auf diesem PC erreichbar):');
  console.log(`  ${server.url}`);
  const core = await coreReady.catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  console.log(`Daten: ${core.status.database.path}`);
  const database = core.status.database;
  // Whoever starts it from a console learns at once why the page will show no data.
  if (database.state === 'refused' && database.holder) {
    console.log(`Achtung: Die Daten werden gerade von ${database.holder.user || 'unbekannt'} auf ${database.holder.host} benutzt; die Seite zeigt, was zu tun ist.`);
  } else if (database.state === 'refused') {
    console.log(`Achtung: Die Datendatei wurde nicht geöffnet (${database.reason}); die Seite zeigt, was zu tun ist.`);
  }
  console.log('Beenden mit Strg+C.');

  const stop = async () => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Fehler: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
