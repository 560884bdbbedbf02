import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Settings that belong to this PC, not to the data: where backups go and how many are kept.
 * Kept in a small JSON file beside the database so they are readable even when the database
 * file is damaged (that is when they are needed most).
 */
export const LOCAL_CONFIG_FILE = 'leitbild-werkstatt.config.json';

export const localConfigSchema = z.object({
  /** '' = the default folder "Sicherungen" beside the data. */
  backupFolder: z.string().max(1000).default(''),
  keepDaily: z.number().int().min(1).max(60).default(7),
  keepWeekly: z.number().int().min(0).max(52).default(4),
  /** Manual backups older than this many months are removed (they may hold erased persons); 0 = kept. */
  keepManualMonths: z.number().int().min(0).max(120).default(0),
});

export type LocalConfig = z.output<typeof localConfigSchema>;

export const readLocalConfig = (dataDir: string): LocalConfig => {
  try {
    return localConfigSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, LOCAL_CONFIG_FILE), 'utf8')));
  } catch {
    return localConfigSchema.parse({});
  }
};

export const writeLocalConfig = (dataDir: string, config: LocalConfig): void => {
  const file = path.join(dataDir, LOCAL_CONFIG_FILE);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(config, null, 2));
  fs.renameSync(`${file}.tmp`, file);
};
