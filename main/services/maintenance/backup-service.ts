import fs from 'node:fs';
import path from 'node:path';
import type { BackupDto, BackupKind, BackupOverviewDto } from '../../../contract/maintenance';
import { vacuumInto } from '../../../database/backup-file';
import { preflight } from '../../../database/preflight';
import type { Logger } from '../logger';
import { DomainError } from '../domain-error';
import { backupFileName, isoWeek, localStamp, manualBackupCutoff, parseBackupFileName } from './backup-names';
import { readLocalConfig, writeLocalConfig } from './local-config';
import { ensureUserFolder, isSystemPath } from './user-path';

export const DEFAULT_BACKUP_FOLDER_NAME = 'Sicherungen';
/** Backups made by the app around risky steps: the newest few of each kind are kept. */
const KEEP_SAFETY_COPIES = 5;

/**
 * Backups of the data file: made with VACUUM INTO, checked by the preflight (quick_check, and a schema
 * equal to what our migrations write: a tampered copy is no good backup) before anything
 * older is pruned, kept by a daily/weekly policy. Works on files only, so it also serves
 * while the database itself is refused.
 */
export class BackupService {
  constructor(
    private readonly dataDir: string,
    private readonly databaseFile: string,
    private readonly supportedVersion: number,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get defaultFolder(): string {
    return path.join(this.dataDir, DEFAULT_BACKUP_FOLDER_NAME);
  }

  folder(): string {
    return readLocalConfig(this.dataDir).backupFolder || this.defaultFolder;
  }

  overview(): BackupOverviewDto {
    const config = readLocalConfig(this.dataDir);
    return { folder: this.folder(), defaultFolder: this.defaultFolder, keepDaily: config.keepDaily, keepWeekly: config.keepWeekly, keepManualMonths: config.keepManualMonths, backups: this.list() };
  }

  /** Async and bounded: a typed folder may be /proc or a dead network share (see user-path). */
  async configure(settings: { folder: string; keepDaily: number; keepWeekly: number; keepManualMonths?: number }): Promise<BackupOverviewDto> {
    const folder = settings.folder.trim();
    if (folder !== '') {
      if (!path.isAbsolute(folder)) throw new DomainError('backups.errors.folderNotAbsolute', { field: 'folder' });
      await ensureUserFolder(folder);
    }
    writeLocalConfig(this.dataDir, { backupFolder: folder === this.defaultFolder ? '' : folder, keepDaily: settings.keepDaily, keepWeekly: settings.keepWeekly, keepManualMonths: settings.keepManualMonths ?? readLocalConfig(this.dataDir).keepManualMonths });
    this.logger.info(`backup settings changed: keep ${settings.keepDaily} daily, ${settings.keepWeekly} weekly, ${folder ? 'custom' : 'default'} folder`);
    return this.overview();
  }

  list(): BackupDto[] {
    const folder = this.folder();
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      return [];
    }
    return names
      .flatMap((fileName) => {
        const parsed = parseBackupFileName(fileName);
        const stat = parsed && fs.statSync(path.join(folder, fileName), { throwIfNoEntry: false });
        return parsed && stat?.isFile() ? [{ fileName, kind: parsed.kind, createdAt: parsed.createdAt, sizeBytes: stat.size }] : [];
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
  }

  /** The full path of a listed backup; anything else is refused (no paths from outside). */
  pathOf(fileName: string): string {
    if (!this.list().some((backup) => backup.fileName === fileName)) {
      throw new DomainError('backups.errors.notFound', { field: 'fileName', code: 'not-found' });
    }
    return path.join(this.folder(), fileName);
  }

  /** Copies the data file, checks the copy, then prunes. A copy that fails its check is deleted. */
  async create(kind: BackupKind): Promise<BackupDto> {
    // The configured folder may have become unreachable (or been edited by hand): checked, not spun on.
    const folder = await ensureUserFolder(this.folder()).catch((error: unknown) => {
      this.logger.error(`backup (${kind}) failed: folder ${this.folder()}`, error);
      throw error instanceof DomainError ? new DomainError(error.messageKey, { params: error.options.params }) : error;
    });
    const target = this.freshName(folder, kind);
    const partial = `${target}.teilweise`;
    try {
      await vacuumInto(this.databaseFile, partial);
      const check = await preflight(partial, this.supportedVersion);
      if (!check.ok || check.isNew) throw new Error(check.ok ? 'backup is empty' : `backup check failed: ${check.reason}`);
      fs.renameSync(partial, target);
    } catch (error) {
      fs.rmSync(partial, { force: true });
      this.logger.error(`backup (${kind}) failed`, error);
      throw new DomainError('backups.errors.createFailed');
    }
    const backup = this.list().find((entry) => entry.fileName === path.basename(target))!;
    this.logger.info(`backup created: ${backup.fileName} (${backup.sizeBytes} bytes)`);
    this.prune();
    return backup;
  }

  /** Keeps the raw bytes of a file that cannot be backed up properly, for the IT support. */
  keepRawCopy(kind: 'damaged' | 'set-aside'): string | null {
    if (!fs.existsSync(this.databaseFile)) return null;
    const folder = this.folder();
    // Synchronous here (restore path); a hand-edited /proc folder would make Node's recursive mkdir spin.
    if (isSystemPath(folder)) throw new DomainError('backups.errors.folderSystem', { params: { folder } });
    fs.mkdirSync(folder, { recursive: true });
    const target = this.freshName(folder, kind);
    fs.copyFileSync(this.databaseFile, target);
    this.logger.info(`data file kept as ${path.basename(target)}`);
    return target;
  }

  /** At most one automatic backup per day, made at start. */
  async createDailyIfDue(): Promise<BackupDto | null> {
    const today = localStamp(this.now()).day;
    if (this.list().some((backup) => backup.kind === 'daily' && backup.createdAt.startsWith(today))) return null;
    return this.create('daily');
  }

  /** Daily copies: the newest per day for `keepDaily` days, plus the newest per week for `keepWeekly` more weeks. */
  prune(): void {
    const { keepDaily, keepWeekly, keepManualMonths } = readLocalConfig(this.dataDir);
    const backups = this.list();
    // Manual copies by age (set by the person): an erased person must not live on in them forever.
    const manualCutoff = manualBackupCutoff(this.now(), keepManualMonths);
    const keep = new Set<string>();
    const daily = backups.filter((backup) => backup.kind === 'daily');
    const days = new Set<string>();
    for (const backup of daily) {
      const day = backup.createdAt.slice(0, 10);
      if (days.has(day) || days.size >= keepDaily) continue;
      days.add(day);
      keep.add(backup.fileName);
    }
    const weeks = new Set<string>();
    for (const backup of daily) {
      const week = isoWeek(backup.createdAt.slice(0, 10));
      if (weeks.has(week) || weeks.size >= keepWeekly) continue;
      weeks.add(week);
      keep.add(backup.fileName);
    }
    for (const kind of ['pre-migration', 'pre-restore', 'damaged', 'set-aside'] as const) {
      for (const backup of backups.filter((entry) => entry.kind === kind).slice(0, KEEP_SAFETY_COPIES)) keep.add(backup.fileName);
    }
    for (const backup of backups) {
      if ((backup.kind === 'manual' && (manualCutoff === null || backup.createdAt >= manualCutoff)) || keep.has(backup.fileName)) continue;
      fs.rmSync(path.join(this.folder(), backup.fileName), { force: true });
      this.logger.info(`backup pruned: ${backup.fileName}`);
    }
  }

  private freshName(folder: string, kind: BackupKind): string {
    const now = this.now();
    for (let attempt = 1; ; attempt++) {
      const candidate = path.join(folder, backupFileName(kind, now, attempt));
      if (!fs.existsSync(candidate)) return candidate;
    }
  }
}
