import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CliFailure, commands, UsageError } from '../main/cli/cli-commands';
import { cliTranslator } from '../main/cli/cli-text';
import { resolveDataDir } from '../main/core/data-dir';
import { createFileLogger } from '../main/core/file-logger';
import packageJson from '../package.json' with { type: 'json' };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `npm run cli -- <command>`: for IT staff and scheduled tasks. Exit 0 ok, 1 failure, 2 usage. */
async function main(argv: string[]): Promise<number> {
  const t = await cliTranslator(path.join(root, 'locales'));
  const usage = () => t('cli.usage', { more: '' });
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string' },
        to: { type: 'string' },
        from: { type: 'string' },
        'from-data-dir': { type: 'string' },
        'to-data-dir': { type: 'string' },
        database: { type: 'string' },
        user: { type: 'string' },
        role: { type: 'string' },
        'password-file': { type: 'string' },
        'display-name': { type: 'string' },
        kind: { type: 'string' },
        out: { type: 'string' },
        edition: { type: 'string' },
        fraktion: { type: 'string' },
        date: { type: 'string' },
        meeting: { type: 'string' },
        format: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error((error as Error).message);
    console.error(usage());
    return 2;
  }
  const [name, ...args] = parsed.positionals;
  if (parsed.values.help) {
    console.log(usage());
    return 0;
  }
  if (!name) {
    console.error(usage());
    return 2;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    console.error(t('cli.unknownCommand', { command: name }));
    return 2;
  }
  const dataDir = resolveDataDir(parsed.values['data-dir']);
  const logger = createFileLogger(path.join(dataDir, 'logs'));
  logger.info(`cli ${name}`);
  try {
    await command.run({ dataDir, appVersion: packageJson.version, logger, t, out: (line) => console.log(line) }, args, parsed.values);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    logger.error(`cli ${name} failed`, error);
    console.error(error instanceof CliFailure ? error.message : t('cli.failed', { message: (error as Error).message.split('\n')[0] }));
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
