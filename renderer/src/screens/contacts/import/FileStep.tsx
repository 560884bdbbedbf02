import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bytesToBase64, readFileBytes } from '../../../files/file-transfer';
import { FieldError } from '../../../components/fields';
import { FileInput } from '../../../components/date-inputs';
import { MAX_CONTACT_IMPORT_BYTES } from '../../../../../contract/contacts-constants';
import type { ImportSource } from './import-state';

/** Step 1: pick the CSV file (Outlook, Excel or any other list). */
export function FileStep({ error, busy, onPicked }: { error?: string; busy: boolean; onPicked(source: ImportSource): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [readError, setReadError] = useState<string>();
  const shown = readError ?? error;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('contacts.importWizard.file.title')}
      </h2>
      <p>{t('contacts.importWizard.file.text')}</p>
      <div className={`field${shown ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-file`}>
          {t('contacts.importWizard.file.label')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('contacts.importWizard.file.hint', { max: MAX_CONTACT_IMPORT_BYTES / 1024 / 1024 })}
        </p>
        <FileInput
          id={`${id}-file`}
          accept=".csv,.txt,.xlsx,.vcf,text/csv,text/vcard,text/x-vcard,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          aria-describedby={[`${id}-hint`, shown ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={shown ? true : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            setReadError(undefined);
            // A file above the limit is not read at all (50 MB would be held twice, as bytes and as base64).
            if (file.size > MAX_CONTACT_IMPORT_BYTES) {
              setReadError(t('contacts.import.tooLarge', { maxMegabytes: MAX_CONTACT_IMPORT_BYTES / 1024 / 1024 }));
              return;
            }
            readFileBytes(file).then(
              (bytes) => onPicked({ fileName: file.name, contentBase64: bytesToBase64(bytes) }),
              () => setReadError(t('validation.fileContent')),
            );
          }}
        />
        {shown ? <FieldError id={`${id}-error`} text={shown} /> : null}
      </div>
      {busy ? (
        <p className="muted" role="status">
          {t('contacts.importWizard.file.reading')}
        </p>
      ) : null}
    </section>
  );
}
