import type { BrowserWindow, Dialog, DownloadItem, SaveDialogOptions } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedInput, SaveFileKind, SaveFileResultDto } from '../../contract';
import type { Logger } from '../services/logger';
import { DomainError } from '../services/domain-error';
import type { MenuLabels } from './menu';
import type { ShellSettingsStore } from './shell-settings';

const FILTERS: Readonly<Record<SaveFileKind, { label: keyof MenuLabels; extensions: string[] }>> = {
  docx: { label: 'filterDocx', extensions: ['docx'] },
  ics: { label: 'filterIcs', extensions: ['ics'] },
  csv: { label: 'filterCsv', extensions: ['csv'] },
  vcf: { label: 'filterVcf', extensions: ['vcf'] },
  json: { label: 'filterJson', extensions: ['json'] },
  sqlite: { label: 'filterSqlite', extensions: ['sqlite', 'db'] },
};

const MID_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EIO']);

/** What the person can do about it, by the system's error code; the message names no path. */
function writeFailure(error: unknown): DomainError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new DomainError('errors.saveDiskFull');
  if (code === 'EBUSY') return new DomainError('errors.saveInUse');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new DomainError('errors.saveNotWritable');
  return new DomainError('errors.saveFailed');
}

/** The suggested name without folders or the characters Windows refuses in a file name. */
export function safeFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
  const name = path.basename(fileName.replaceAll('\\', '/')).replace(/[<>:"|?*\u0000-\u001f]/g, '_').trim();
  return name.replace(/^\.+$/, '') || 'Datei';
}

export interface SaveFileOptions {
  readonly dialog: Pick<Dialog, 'showSaveDialog'>;
  readonly getWindow: () => BrowserWindow | null;
  readonly settings: Pick<ShellSettingsStore, 'get' | 'update'>;
  readonly labels: () => MenuLabels;
  /** Where the first dialog of a kind opens (the "Dokumente" folder). */
  readonly defaultFolder: () => string;
  readonly logger: Logger;
  readonly writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
}

/** `Platform.saveFile` for the desktop: save dialog with the kind's filter, written with async fs. */
export function createSaveFile(options: SaveFileOptions): (input: ParsedInput<'system.saveFile'>) => Promise<SaveFileResultDto> {
  const { dialog, getWindow, settings, labels, defaultFolder, logger } = options;
  const writeFile = options.writeFile ?? ((target, bytes) => fs.promises.writeFile(target, bytes));

  return async ({ fileName, kind, contentBase64 }) => {
    const dialogOptions = saveDialogOptions(kind, fileName, settings.get().saveFolders?.[kind] ?? defaultFolder(), labels());
    const window = getWindow();
    const choice = window && !window.isDestroyed() ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (choice.canceled || !choice.filePath) return { saved: false, download: false };

    const target = choice.filePath;
    try {
      await writeFile(target, Buffer.from(contentBase64, 'base64'));
    } catch (error) {
      logger.error(`saving a ${kind} file failed`, error);
      // A half-written file would look like a good one. Only after a failure mid-write: a file
      // that could not even be opened (in use, write-protected) is still the person's old one.
      if (MID_WRITE.has((error as NodeJS.ErrnoException | null)?.code ?? '')) await fs.promises.rm(target, { force: true }).catch(() => undefined);
      throw writeFailure(error);
    }
    // Remembered only after it worked: a folder that refused the file is no good next time.
    rememberFolder(settings, kind, target);
    return { saved: true, path: target };
  };
}

/** The dialog for one kind: its filter first, "Alle Dateien" second, in the last folder of that kind. */
function saveDialogOptions(kind: SaveFileKind, fileName: string, folder: string, text: MenuLabels): SaveDialogOptions {
  const filter = FILTERS[kind];
  return {
    title: text.saveTitle,
    defaultPath: path.join(folder, safeFileName(fileName)),
    filters: [
      { name: text[filter.label], extensions: filter.extensions },
      { name: text.filterAll, extensions: ['*'] },
    ],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

function rememberFolder(settings: Pick<ShellSettingsStore, 'get' | 'update'>, kind: SaveFileKind, target: string): void {
  void settings.update({ saveFolders: { ...settings.get().saveFolders, [kind]: path.dirname(target) } });
}

const KIND_BY_EXTENSION: Readonly<Record<string, SaveFileKind>> = { docx: 'docx', ics: 'ics', csv: 'csv', vcf: 'vcf', json: 'json', sqlite: 'sqlite', db: 'sqlite' };

type DownloadItemLike = Pick<DownloadItem, 'getFilename' | 'setSaveDialogOptions' | 'getSavePath' | 'once'>;

/**
 * A page download that did not go through `system.saveFile` (`<a download>`) gets the same dialog:
 * the kind's filter and remembered folder, and the folder is remembered once it is saved.
 */
export function applySaveDialogToDownloads(
  session: { on(event: 'will-download', listener: (event: unknown, item: DownloadItemLike) => void): unknown },
  options: Pick<SaveFileOptions, 'settings' | 'labels' | 'defaultFolder'>,
): void {
  session.on('will-download', (_event, item) => {
    const fileName = item.getFilename();
    const kind = KIND_BY_EXTENSION[path.extname(fileName).slice(1).toLowerCase()];
    if (!kind) return;
    item.setSaveDialogOptions(saveDialogOptions(kind, fileName, options.settings.get().saveFolders?.[kind] ?? options.defaultFolder(), options.labels()));
    item.once('done', (_doneEvent: unknown, state: string) => {
      if (state === 'completed' && item.getSavePath()) rememberFolder(options.settings, kind, item.getSavePath());
    });
  });
}
