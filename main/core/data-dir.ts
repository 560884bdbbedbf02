import os from 'node:os';
import path from 'node:path';

/** Browser mode and the CLI keep data in the user's home unless told otherwise. */
export const DEFAULT_DATA_DIR_NAME = 'Leitbild-Werkstatt';

export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag ?? env.LEITBILD_DATA_DIR;
  return path.resolve(chosen && chosen.trim() !== '' ? chosen : path.join(os.homedir(), DEFAULT_DATA_DIR_NAME));
}
