import fs from 'node:fs';
import { DEFAULT_SETTINGS, LANGUAGES, type Language } from '../../../contract/settings';
import type { Logger } from '../logger';
import { stageFile, writeFileAtomic, type StagedFile } from './atomic-file';

/** What one person keeps for themselves on this PC: not in the shared database. */
export interface PersonalSettings {
  /** "Who entered it"; '' = the operating system's name for them. */
  readonly userName: string;
  readonly language: Language;
}

export const DEFAULT_PERSONAL_SETTINGS: PersonalSettings = { userName: DEFAULT_SETTINGS.userName, language: DEFAULT_SETTINGS.language };

/** The file's name in Electron's userData folder or a `--user-dir`. */
export const PERSONAL_SETTINGS_FILE_NAME = 'persoenliche-einstellungen.json';

const FILE_VERSION = 1;

/**
 * One small JSON file per person: written atomically (temp file, fsync, rename). A missing file
 * is "nothing chosen yet" (`read` answers null); a broken one (hand-edited, cut off) falls back to the
 * defaults and is reported in the log once, never stopping the app; the next save replaces it.
 */
export class PersonalSettingsStore {
  private reported = '';

  constructor(
    readonly file: string,
    private readonly logger: Logger,
  ) {}

  read(): PersonalSettings | null {
    const raw = this.load();
    if (raw === null) return null;
    if (raw === undefined) return DEFAULT_PERSONAL_SETTINGS;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      this.reportBroken(raw, 'not JSON');
      return DEFAULT_PERSONAL_SETTINGS;
    }
    const stored = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    const userName = typeof stored.userName === 'string' ? stored.userName.trim().slice(0, 120) : undefined;
    const language = LANGUAGES.find((candidate) => candidate === stored.language);
    if (userName === undefined || language === undefined) this.reportBroken(raw, 'unexpected content');
    return { userName: userName ?? DEFAULT_PERSONAL_SETTINGS.userName, language: language ?? DEFAULT_PERSONAL_SETTINGS.language };
  }

  /** The file's text as it is now (to put it back if a save fails half-way), or null when there is none. */
  readRaw(): string | null {
    return this.load() ?? null;
  }

  /** null: no file; undefined: there is one, but it cannot be read (reported). */
  private load(): string | null | undefined {
    try {
      return fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      this.reportBroken(`unreadable ${code ?? ''}`, `unreadable: ${code ?? 'unknown error'}`);
      return undefined;
    }
  }

  /** Writes the new settings beside the file; `commit` puts them in place. */
  stage(settings: PersonalSettings): StagedFile {
    return stageFile(this.file, serialize(settings));
  }

  /** Puts back what `readRaw` returned (null: no file). */
  restore(raw: string | null): void {
    if (raw === null) fs.rmSync(this.file, { force: true });
    else writeFileAtomic(this.file, raw);
  }

  private reportBroken(raw: string, why: string): void {
    if (this.reported === raw) return;
    this.reported = raw;
    // No content in the log: it holds a person's name.
    this.logger.error(`personal settings ${this.file} ignored (${why}); using the defaults until the next save`);
  }
}

const serialize = (settings: PersonalSettings) => `${JSON.stringify({ version: FILE_VERSION, userName: settings.userName, language: settings.language }, null, 2)}\n`;
