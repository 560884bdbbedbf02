import { startAppCore } from '../main/core/app-core';
import { resolveDataDir } from '../main/core/data-dir';
import { silentLogger } from '../main/services/logger';
import { DemoRefusedError, seedDemo } from '../main/demo/seed-demo';
import { plainPlatform } from '../main/core/plain-platform';
import { parseScriptOptions } from './script-options';
import packageJson from '../package.json' with { type: 'json' };

/** `npm run demo -- --data-dir DIR`: creates a demo database in DIR, never over existing data. */
async function main(): Promise<number> {
  const options = parseScriptOptions(process.argv.slice(2));
  if (!options.dataDir) {
    console.error('Bitte einen Ordner angeben: npm run demo -- --data-dir ORDNER');
    return 2;
  }
  const dataDir = resolveDataDir(options.dataDir);
  const core = await startAppCore({ dataDir, appVersion: packageJson.version, platform: plainPlatform, logger: silentLogger });
  try {
    const database = core.status.database;
    if (database.state !== 'ready') {
      const why = database.state === 'refused' ? database.reason : 'corrupt';
      console.error(`Die Datei ${database.path} wurde nicht zum Schreiben geöffnet (${why}); nichts geändert.`);
      return 1;
    }
    const counts = await seedDemo(core.dispatch);
    console.log(`Demo-Datenbank angelegt: ${core.status.database.path}`);
    console.log(`  ${counts.editions} Leitbild-Ausgabe, ${counts.fieldsOfAction} Handlungsfelder, ${counts.measures} Maßnahmen, ${counts.contacts} Kontakte`);
    return 0;
  } catch (error) {
    console.error(error instanceof DemoRefusedError ? error.message : `Fehler: ${String(error)}`);
    return 1;
  } finally {
    await core.close();
  }
}

main().then((code) => process.exit(code));
