import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';
import { rememberAfterReload } from './after-reload';
import { useBackupFormat } from './backup-format';
import { isDesktopApp } from '../../files/file-transfer';
import { useExportFile } from '../../files/use-export-file';
import { useReload } from './reload';
import { ReplaceDatabaseDialog } from './ReplaceDatabaseDialog';

/** Refusals after which nothing has been changed (the file is checked before anything else). */
const UNCHANGED_KEYS = /^(backups\.errors\.(refused\.|emptyFile)|validation\.|errors\.invalidInput)/;

/** The file to import: chosen in the desktop's open dialog (main holds it: `token`) or picked in the page (uploaded on confirm). */
export type ImportSource = { readonly fileName: string; readonly size: number } & ({ readonly token: string } | { readonly file: File });

function ImportDialog({ source, onClose }: { source: ImportSource; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useMessage();
  const format = useBackupFormat();
  const reload = useReload();
  /** A refusal after which nothing has been changed says so. */
  const unchanged = (reason: string) => t('backups.transfer.refusedUnchanged', { reason });

  const check = () => (source.size === 0 ? unchanged(t('backups.errors.emptyFile')) : null);

  /** The page's file goes to main as it is (streamed, no size cap but the disk's); main answers with a token for it. */
  const tokenOf = async (): Promise<{ token: string } | { refused: string }> => {
    if ('token' in source) return { token: source.token };
    if (!api.upload) return { refused: unchanged(t('errors.uploadFailed')) };
    const uploaded = await api.upload(source.file, source.fileName);
    return uploaded.ok ? { token: uploaded.data.token } : { refused: unchanged(errorText(message, uploaded.error)) };
  };

  const importFile = async () => {
    const chosen = await tokenOf();
    if ('refused' in chosen) return chosen.refused;
    const result = await api.call('backups.importChosen', { token: chosen.token, fileName: source.fileName });
    if (!result.ok) {
      const text = errorText(message, result.error);
      return UNCHANGED_KEYS.test(result.error.messageKey) ? unchanged(text) : text;
    }
    rememberAfterReload({ kind: 'imported', fileName: source.fileName });
    reload();
    return null;
  };

  return (
    <ReplaceDatabaseDialog
      title={t('backups.transfer.importTitle')}
      description={
        <>
          <p>{t('backups.transfer.importReplaces', { fileName: source.fileName, size: format.size(source.size) })}</p>
          <p>{t('backups.restore.whatHappens')}</p>
        </>
      }
      check={check}
      replace={importFile}
      confirmLabel={t('backups.transfer.importConfirm')}
      busyLabel={t('backups.transfer.importing')}
      onClose={onClose}
    />
  );
}

/** "Datenbank exportieren" (one file, for another PC) and "Datenbank importieren" (replaces everything). */
export function DatabaseTransfer() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const exportFile = useExportFile();
  const message = useMessage();
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState<ImportSource | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  // Streamed from a snapshot of the database: no size limit, nothing held in the page.
  const exportDatabase = async () => {
    if (exporting) return;
    setExporting(true);
    await exportFile({ kind: 'database' }, (fileName) => t('backups.transfer.exported', { fileName }));
    setExporting(false);
  };

  // The desktop app opens the file by path in main (its open dialog); the page picks and uploads it.
  const chooseImport = async () => {
    if (!isDesktopApp()) {
      input.current?.click();
      return;
    }
    const choice = await api.call('backups.importChoose', {});
    if (!choice.ok) toasts.error(errorText(message, choice.error));
    else if (choice.data.state === 'chosen') setImporting({ fileName: choice.data.fileName, size: choice.data.size, token: choice.data.token });
    else if (choice.data.state === 'upload') input.current?.click();
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 className="card__title" id={`${id}-title`}>
        {t('backups.transfer.title')}
      </h3>
      <p className="backup-card__text">{t('backups.transfer.text')}</p>
      <p className="backup-card__text backup-card__privacy">{t('backups.transfer.privacy')}</p>
      <div className="backup-card__actions">
        <button type="button" className="button button--secondary" aria-disabled={exporting || undefined} onClick={() => void exportDatabase()}>
          {exporting ? t('backups.transfer.exporting') : t('backups.transfer.export')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void chooseImport()}>
          {t('backups.transfer.import')}
        </button>
        {/* The native file field shows its own, untranslated text: hidden, the button above opens it. */}
        <input
          ref={input}
          type="file"
          hidden
          accept=".sqlite,.sqlite3,.db,application/vnd.sqlite3,application/x-sqlite3"
          aria-label={t('backups.transfer.importFile')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared at once: choosing the same file again must fire `change` again.
            event.target.value = '';
            if (file) setImporting({ fileName: file.name, size: file.size, file });
          }}
        />
      </div>
      {importing ? <ImportDialog source={importing} onClose={() => setImporting(null)} /> : null}
    </section>
  );
}
