import type { BrowserWindow, Dialog, DownloadItem, OpenDialogOptions, SaveDialogOptions } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedInput, SaveFileKind, SaveFileResultDto } from '../../contract';
import type { Logger } from '../services/logger';
import type { SaveExportRequest } from '../core/platform';
import { writeFailure } from '../core/exports/write-failure';
import type { MenuLabels } from './menu';
import type { ShellSettingsStore } from './shell-settings';

const FILTERS: Readonly<Record<SaveFileKind, { label: keyof MenuLabels; extensions: string[] }>> = {
  docx: { label: 'filterDocx', extensions: ['docx'] },
  ics: { label: 'filterIcs', extensions: ['ics'] },
  csv: { label: 'filterCsv', extensions: ['csv'] },
  xlsx: { label: 'filterXlsx', extensions: ['xlsx'] },
  vcf: { label: 'filterVcf', extensions: ['vcf'] },
  zip: { label: 'filterZip', extensions: ['zip'] },
  json: { label: 'filterJson', extensions: ['json'] },
  sqlite: { label: 'filterSqlite', extensions: ['sqlite', 'db'] },
};

const MID_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EIO']);

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

/**
 * `Platform.saveExport` for the desktop: the same dialog as `saveFile` (kind's filter, last folder of
 * that kind), then the core streams into the chosen path (partial file, rename: write-export.ts).
 */
export function createSaveExport(options: Omit<SaveFileOptions, 'writeFile'>): (request: SaveExportRequest) => Promise<{ saved: true; path: string } | { saved: false }> {
  const { dialog, getWindow, settings, labels, defaultFolder, logger } = options;
  return async ({ kind, fileName, write }) => {
    const dialogOptions = saveDialogOptions(kind, fileName, settings.get().saveFolders?.[kind] ?? defaultFolder(), labels());
    const window = getWindow();
    const choice = window && !window.isDestroyed() ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (choice.canceled || !choice.filePath) return { saved: false };
    try {
      await write(choice.filePath);
    } catch (error) {
      logger.error(`exporting a ${kind} file failed`, error);
      throw writeFailure(error);
    }
    rememberFolder(settings, kind, choice.filePath);
    return { saved: true, path: choice.filePath };
  };
}

/** `Platform.chooseDatabaseFile`: the open dialog for a database to import, in the folder of the last database saved. */
export function createChooseDatabaseFile(
  options: Pick<SaveFileOptions, 'getWindow' | 'settings' | 'labels' | 'defaultFolder'> & { readonly dialog: Pick<Dialog, 'showOpenDialog'> },
): () => Promise<string | null> {
  return async () => {
    const text = options.labels();
    const dialogOptions: OpenDialogOptions = {
      title: text.openDatabaseTitle,
      defaultPath: options.settings.get().saveFolders?.sqlite ?? options.defaultFolder(),
      filters: [
        { name: text.filterSqlite, extensions: ['sqlite', 'sqlite3', 'db'] },
        { name: text.filterAll, extensions: ['*'] },
      ],
      properties: ['openFile'],
    };
    const window = options.getWindow();
    const choice = window && !window.isDestroyed() ? await options.dialog.showOpenDialog(window, dialogOptions) : await options.dialog.showOpenDialog(dialogOptions);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
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

const KIND_BY_EXTENSION: Readonly<Record<string, SaveFileKind>> = { docx: 'docx', ics: 'ics', csv: 'csv', xlsx: 'xlsx', vcf: 'vcf', zip: 'zip', json: 'json', sqlite: 'sqlite', db: 'sqlite' };

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
