import { parseArgs } from 'node:util';

export interface ScriptOptions {
  readonly dataDir: string | undefined;
  readonly port: number;
  readonly demo: boolean;
  /** Developers: serve another renderer build. */
  readonly staticDir: string | undefined;
  /** Browser mode: the folder of this person's own settings (name, language) instead of one beside the data. */
  readonly userDir: string | undefined;
  /** Shared office mode: postgres://LOGIN@SERVER/DATENBANK instead of the data file. */
  readonly database: string | undefined;
  readonly rest: string[];
}

/** The flags shared by `npm run serve`, `npm run demo` and the CLI. */
export function parseScriptOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): ScriptOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'static-dir': { type: 'string' },
      'user-dir': { type: 'string' },
      database: { type: 'string' },
    },
    allowPositionals: true,
  });
  const rawPort = values.port ?? env.PORT ?? '0';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Ungültiger Port: ${rawPort}`);
  return { dataDir: values['data-dir'], port, demo: values.demo ?? false, staticDir: values['static-dir'], userDir: values['user-dir'], database: values.database, rest: positionals };
}
