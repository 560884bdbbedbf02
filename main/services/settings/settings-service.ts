import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { ParsedInput, SettingsDto } from '../../../contract';
import type { MotionConventionsDto } from '../../../contract/settings';
import { DEFAULT_SETTINGS, HARBURG_MOTION_CONVENTIONS, LANGUAGES, PERSONAL_SETTING_KEYS, settingsSchema } from '../../../contract/settings';
import type { AppDatabase } from '../../../database/app-database';
import { AppSettingEntity } from '../../../database/entities';
import { DomainError } from '../domain-error';
import { silentLogger, type Logger } from '../logger';
import type { StagedFile } from './atomic-file';
import { DEFAULT_PERSONAL_SETTINGS, type PersonalSettings, type PersonalSettingsStore } from './personal-settings-store';

/** Where this person's own settings live, and the operating system's name for them. */
export interface PersonalSide {
  readonly store: PersonalSettingsStore;
  /** The OS account's full name, else its login name ('' when neither is known). */
  readonly defaultUserName: () => Promise<string>;
  /** On the shared server: the login's display name, which names every change there. */
  readonly loginName?: string;
  readonly logger?: Logger;
}

type SharedSettings = Omit<SettingsDto, 'userName' | 'language' | 'defaultUserName' | 'loginName'>;

const isPersonalKey = (key: string): boolean => (PERSONAL_SETTING_KEYS as readonly string[]).includes(key);

/** Thrown inside the database unit when the personal file could not be put in place: rolls the shared part back. */
class PersonalCommitFailed extends Error {}

/**
 * The settings screen's data: the district's shared settings as key/value rows in the database
 * (unknown or unreadable values fall back to the defaults), and the person's own name and language
 * from their personal file (`PersonalSide`). Without a personal side (a service that only needs the
 * district's data) name and language are the defaults.
 */
export class SettingsService {
  private adopting: Promise<PersonalSettings> | null = null;

  constructor(
    private readonly db: AppDatabase,
    private readonly personal?: PersonalSide,
  ) {}

  private get logger(): Logger {
    return this.personal?.logger ?? silentLogger;
  }

  async get(): Promise<SettingsDto> {
    const stored = await this.readRows();
    const own = await this.personalSettings(stored);
    const defaultUserName = this.personal ? await this.personal.defaultUserName() : '';
    return { ...sharedOf(stored), ...own, defaultUserName, loginName: this.personal?.loginName ?? '' };
  }

  /** "Who entered it": the person's own name, else the operating system's. */
  async currentUserName(): Promise<string> {
    const own = await this.personalSettings(await this.readRows());
    return own.userName || (this.personal ? await this.personal.defaultUserName() : '');
  }

  /**
   * Shared keys go to the database, name and language to the personal file, all or nothing: the
   * file is staged (written and flushed beside its place) before the database unit, and renamed into
   * place as the unit's last step, so a failed rename rolls the shared part back and a failed
   * commit puts the old file back. The refusal says which part failed.
   */
  async update(input: ParsedInput<'settings.update'>): Promise<SettingsDto> {
    const shared = Object.entries(input).filter(([key, value]) => value !== undefined && !isPersonalKey(key));
    const staged = await this.stagePersonal(input);
    let committed = false;
    const commitPersonal = () => {
      if (!staged) return;
      try {
        staged.file.commit();
        committed = true;
      } catch (error) {
        throw new PersonalCommitFailed(String(error), { cause: error });
      }
    };
    try {
      if (shared.length === 0) commitPersonal();
      else
        await this.db.write(async (manager) => {
          await saveRows(manager, shared);
          commitPersonal();
        });
    } catch (error) {
      staged?.file.discard();
      if (committed && staged) this.putBack(staged.previous);
      if (error instanceof PersonalCommitFailed) throw this.personalNotSaved(error.cause);
      this.logger.error('shared settings not saved', error);
      throw new DomainError('settings.errors.sharedNotSaved');
    }
    return this.get();
  }

  private async stagePersonal(input: ParsedInput<'settings.update'>): Promise<{ file: StagedFile; previous: string | null } | null> {
    if (input.userName === undefined && input.language === undefined) return null;
    if (!this.personal) throw new Error('personal settings changed without a personal store');
    const current = await this.personalSettings(await this.readRows());
    const next: PersonalSettings = { userName: input.userName ?? current.userName, language: input.language ?? current.language };
    const previous = this.personal.store.readRaw();
    try {
      return { file: this.personal.store.stage(next), previous };
    } catch (error) {
      throw this.personalNotSaved(error);
    }
  }

  private personalNotSaved(error: unknown): DomainError {
    this.logger.error('personal settings not saved', error);
    return new DomainError('settings.errors.personalNotSaved', { params: { file: this.personal?.store.file ?? '' } });
  }

  private putBack(previous: string | null): void {
    try {
      this.personal?.store.restore(previous);
    } catch (error) {
      this.logger.error('personal settings: the previous file could not be put back', error);
    }
  }

  private readRows(): Promise<Record<string, unknown>> {
    return this.db.read(async (manager) => {
      const rows = await manager.getRepository(AppSettingEntity).find();
      const stored: Record<string, unknown> = {};
      for (const row of rows) {
        try {
          stored[row.key] = JSON.parse(row.value);
        } catch {
          // A hand-edited value that is not JSON is ignored, not fatal.
        }
      }
      return stored;
    });
  }

  private async personalSettings(stored: Record<string, unknown>): Promise<PersonalSettings> {
    if (!this.personal) return DEFAULT_PERSONAL_SETTINGS;
    const own = this.personal.store.read();
    if (own) return own;
    this.adopting ??= this.adoptStoredOnce(stored).finally(() => (this.adopting = null));
    return this.adopting;
  }

  /**
   * Before personal settings existed, name and language were rows of the shared database. They are
   * taken over ONCE, by the first person who opens this data without a personal file (until now the
   * file was in practice one person's), then removed from the database, so nobody else inherits
   * that name and no one's language switches everyone. Nothing stored: the defaults, nothing written.
   */
  private async adoptStoredOnce(stored: Record<string, unknown>): Promise<PersonalSettings> {
    const userName = typeof stored.userName === 'string' ? stored.userName.trim().slice(0, 120) : undefined;
    const language = LANGUAGES.find((candidate) => candidate === stored.language);
    if (userName === undefined && language === undefined) return DEFAULT_PERSONAL_SETTINGS;
    const adopted: PersonalSettings = { userName: userName ?? DEFAULT_PERSONAL_SETTINGS.userName, language: language ?? DEFAULT_PERSONAL_SETTINGS.language };
    try {
      const staged = this.personal!.store.stage(adopted);
      staged.commit();
      await this.db.write((manager) => manager.getRepository(AppSettingEntity).delete({ key: In([...PERSONAL_SETTING_KEYS]) }));
      this.logger.info('name and language taken over from the database into the personal settings');
    } catch (error) {
      // A write-protected folder or a read-only data file: used for now. Without the file it is tried
      // again at the next start; with it, the old rows just stay unread.
      this.logger.error('name and language from the database could not be taken over', error);
    }
    return adopted;
  }
}

async function saveRows(manager: EntityManager, entries: ReadonlyArray<[string, unknown]>): Promise<void> {
  const repository = manager.getRepository(AppSettingEntity);
  for (const [key, value] of entries) await repository.save({ key, value: JSON.stringify(value) });
}

/** The district's settings from the stored rows; personal rows (from before personal files) are not read here. */
/** Told by the app, never stored: the OS account's name and the server login's. */
const READ_ONLY_KEYS = new Set(['defaultUserName', 'loginName']);

function sharedOf(stored: Record<string, unknown>): SharedSettings {
  const known = Object.fromEntries(Object.entries(stored).filter(([key]) => key in DEFAULT_SETTINGS && !isPersonalKey(key) && !READ_ONLY_KEYS.has(key)));
  // A blank or missing wording falls back to Harburg's, field by field.
  const motionConventions = withDefaults(known.motionConventions);
  const { userName: _userName, language: _language, defaultUserName: _defaultUserName, loginName: _loginName, ...defaults } = DEFAULT_SETTINGS;
  const merged = settingsSchema.omit({ userName: true, language: true }).safeParse({ ...defaults, ...known, motionConventions });
  return merged.success ? merged.data : defaults;
}

function withDefaults(stored: unknown): MotionConventionsDto {
  if (stored === null || typeof stored !== 'object') return HARBURG_MOTION_CONVENTIONS;
  const entries = Object.entries(HARBURG_MOTION_CONVENTIONS).map(([key, fallback]) => {
    const value = (stored as Record<string, unknown>)[key];
    return [key, typeof value === 'string' && value.trim() !== '' ? value : fallback];
  });
  return Object.fromEntries(entries) as unknown as MotionConventionsDto;
}
