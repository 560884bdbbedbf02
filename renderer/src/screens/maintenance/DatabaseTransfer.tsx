import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BASE64 } from '../../../../contract/maintenance';
import { useApi } from '../../api/api-context';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';
import { rememberAfterReload } from './after-reload';
import { useBackupFormat } from './backup-format';
import { base64ToBytes, bytesToBase64, readFileBytes } from '../../files/file-transfer';
import { useSaveFile } from '../../files/use-save-file';
import { useReload } from './reload';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; unchanged: boolean } | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  const close = () => {
    if (!busy) onClose();
  };

  const confirm = async () => {
    if (busy) return;
    setError(null);
    if (file.size === 0) {
      setError({ text: t('backups.errors.emptyFile'), unchanged: true });
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setError({ text: t('backups.transfer.tooLarge'), unchanged: true });
      return;
    }
    setBusy(true);
    let contentBase64: string;
    try {
      contentBase64 = bytesToBase64(await readFileBytes(file));
    } catch {
      setBusy(false);
      setError({ text: t('validation.fileContent'), unchanged: true });
      return;
    }
    const result = await api.call('backups.import', { fileName: file.name, contentBase64 });
    if (result.ok) {
      rememberAfterReload({ kind: 'imported', fileName: file.name });
      reload();
      return;
    }
    setBusy(false);
    setError({ text: errorText(message, result.error), unchanged: UNCHANGED_KEYS.test(result.error.messageKey) });
  };

  return (
    <Dialog
      title={t('backups.transfer.importTitle')}
      description={
        <>
          <p>{t('backups.transfer.importReplaces', { fileName: file.name, size: format.size(file.size) })}</p>
          <p>{t('backups.restore.whatHappens')}</p>
        </>
      }
      onClose={close}
      initialFocus={cancel}
      size="small"
    >
      {error ? (
        <div className="backup-dialog__error">
          <FormErrors messages={[error.unchanged ? t('backups.transfer.refusedUnchanged', { reason: error.text }) : error.text]} />
        </div>
      ) : null}
      <DialogActions
        onCancel={close}
        cancelRef={cancel}
        holdCancelWhileBusy
        busy={busy}
        onConfirm={() => void confirm()}
        submitLabel={busy ? t('backups.transfer.importing') : t('backups.transfer.importConfirm')}
      />
    </Dialog>
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
