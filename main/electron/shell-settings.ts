import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../services/logger';

/**
 * Settings of this PC's desktop shell, not of the data: window placement and the last folder per
 * file type. A small JSON beside the data in the user-data folder, so a data folder taken to another
 * PC does not carry one screen's window position to a different one.
 */
export const SHELL_SETTINGS_FILE = 'fenster-und-ordner.json';

const integer = z.number().int().min(-100_000).max(100_000);
const boundsSchema = z.object({ x: integer, y: integer, width: integer.min(1), height: integer.min(1) });
const settingsSchema = z.object({
  window: z.object({ bounds: boundsSchema, maximized: z.boolean() }).optional(),
  saveFolders: z.record(z.string(), z.string().max(4096)).optional(),
});

export type ShellSettings = z.infer<typeof settingsSchema>;

export interface ShellSettingsStore {
  get(): ShellSettings;
  /** Merges and writes in the background (writes are queued, the last one wins). */
  update(patch: Partial<ShellSettings>): Promise<void>;
  /** Merges and writes at once: on close and Windows session end, when no later tick is certain. */
  updateSync(patch: Partial<ShellSettings>): void;
}

/** A missing or damaged file means defaults; the shell never refuses to start over it. */
function readSettings(file: string, logger: Logger): ShellSettings {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through: a half-written or foreign file.
  }
  logger.error(`ignoring unreadable ${SHELL_SETTINGS_FILE}`);
  return {};
}

export function openShellSettings(dir: string, logger: Logger): ShellSettingsStore {
  const file = path.join(dir, SHELL_SETTINGS_FILE);
  let current = readSettings(file, logger);
  let queue: Promise<void> = Promise.resolve();
  const text = () => `${JSON.stringify(current, null, 2)}\n`;

  return {
    get: () => current,
    update(patch) {
      current = { ...current, ...patch };
      // Temp file then rename: a crash mid-write leaves the old file, not half a JSON.
      queue = queue.then(async () => {
        const temp = `${file}.tmp`;
        try {
          await fs.promises.writeFile(temp, text());
          await fs.promises.rename(temp, file);
        } catch (error) {
          logger.error(`writing ${SHELL_SETTINGS_FILE} failed`, error);
        }
      });
      return queue;
    },
    updateSync(patch) {
      current = { ...current, ...patch };
      try {
        fs.writeFileSync(file, text());
      } catch (error) {
        logger.error(`writing ${SHELL_SETTINGS_FILE} failed`, error);
      }
    },
  };
}
