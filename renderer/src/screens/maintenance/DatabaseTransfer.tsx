import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BASE64 } from '../../../../contract/maintenance-constants';
import { useApi } from '../../api/api-context';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';
import { rememberAfterReload } from './after-reload';
import { useBackupFormat } from './backup-format';
import { base64ToBytes, bytesToBase64, readFileBytes } from '../../files/file-transfer';
import { useSaveFile } from '../../files/use-save-file';
import { useReload } from './reload';
import { ReplaceDatabaseDialog } from './ReplaceDatabaseDialog';

/** Base64 makes 3 bytes into 4 characters. */
const MAX_IMPORT_BYTES = Math.floor((MAX_IMPORT_BASE64 / 4) * 3);

/** Refusals after which nothing has been changed (the file is checked before anything else). */
const UNCHANGED_KEYS = /^(backups\.errors\.(refused\.|emptyFile)|validation\.|errors\.invalidInput)/;

function ImportDialog({ file, onClose }: { file: File; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useMessage();
  const format = useBackupFormat();
  const reload = useReload();
  /** A refusal after which nothing has been changed says so. */
  const unchanged = (reason: string) => t('backups.transfer.refusedUnchanged', { reason });

  const check = () => {
    if (file.size === 0) return unchanged(t('backups.errors.emptyFile'));
    if (file.size > MAX_IMPORT_BYTES) return unchanged(t('backups.transfer.tooLarge'));
    return null;
  };

  const importFile = async () => {
    let contentBase64: string;
    try {
      contentBase64 = bytesToBase64(await readFileBytes(file));
    } catch {
      return unchanged(t('validation.fileContent'));
    }
    const result = await api.call('backups.import', { fileName: file.name, contentBase64 });
    if (!result.ok) {
      const text = errorText(message, result.error);
      return UNCHANGED_KEYS.test(result.error.messageKey) ? unchanged(text) : text;
    }
    rememberAfterReload({ kind: 'imported', fileName: file.name });
    reload();
    return null;
  };

  return (
    <ReplaceDatabaseDialog
      title={t('backups.transfer.importTitle')}
      description={
        <>
          <p>{t('backups.transfer.importReplaces', { fileName: file.name, size: format.size(file.size) })}</p>
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
  const saveFile = useSaveFile();
  const message = useMessage();
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const exportDatabase = async () => {
    if (exporting) return;
    setExporting(true);
    const result = await api.call('backups.export', {});
    setExporting(false);
    if (!result.ok) {
      toasts.error(errorText(message, result.error));
      return;
    }
    await saveFile(result.data.fileName, base64ToBytes(result.data.contentBase64), t('backups.transfer.exported', { fileName: result.data.fileName }), 'application/vnd.sqlite3');
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
        <button type="button" className="button button--secondary" onClick={() => input.current?.click()}>
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
            if (file) setImporting(file);
          }}
        />
      </div>
      {importing ? <ImportDialog file={importing} onClose={() => setImporting(null)} /> : null}
    </section>
  );
}
