import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disclosureSettingsGaps } from '../../../../documents/disclosure/art15-information';
import type { ContactDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useAppData } from '../../app/app-data';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';
import { todayIso } from '../measures/measure-helpers';
import { offerExportFile } from './contact-files';
import { EraseContactDialog } from './EraseContactDialog';

/** DSGVO: disclosure (JSON and Word) and erasure of one person. */
export function PrivacyCard({ contact, onErased }: { contact: ContactDto; onErased(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const { settings } = useAppData();
  const [busy, setBusy] = useState(false);
  const [erasing, setErasing] = useState(false);
  const gaps = disclosureSettingsGaps(settings);

  const disclose = async (as: 'json' | 'docx') => {
    setBusy(true);
    try {
      const result = await api.call('contacts.disclosure', { id: contact.id });
      if (!result.ok) {
        toasts.error(errorText(message, result.error));
        return;
      }
      if (as === 'json') offerExportFile(result.data);
      else {
        // The Word engine loads only when it is needed.
        const { offerDisclosureDocx } = await import('./disclosure-file');
        const logo = await api.call('documents.getLogo', {});
        await offerDisclosureDocx(result.data, settings, todayIso(), logo.ok ? logo.data.logo : null);
      }
      toasts.success(t('contacts.privacy.disclosed'));
    } catch {
      toasts.error(t('contacts.privacy.disclosureFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="contact-privacy-title">
      <h2 className="card__title" id="contact-privacy-title">
        {t('contacts.privacy.title')}
      </h2>
      <p>{t('contacts.privacy.disclosureText')}</p>
      {gaps.length > 0 ? (
        // The letter must name controller, DPO and authority: say what is missing before it is made.
        <div className="notice" role="note">
          <p>{t('contacts.privacy.settingsMissing')}</p>
          <ul>
            {gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => void (busy ? undefined : disclose('docx'))}>
          {t('contacts.privacy.disclosureDocx')}
        </button>
        <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => void (busy ? undefined : disclose('json'))}>
          {t('contacts.privacy.disclosureJson')}
        </button>
      </div>
      <p className="privacy-card__erase-text">{t('contacts.privacy.eraseText')}</p>
      <button type="button" className="button button--danger" onClick={() => setErasing(true)}>
        {t('contacts.erase.open')}
      </button>
      {erasing ? (
        <EraseContactDialog
          contact={contact}
          onClose={() => setErasing(false)}
          onErased={() => {
            setErasing(false);
            onErased();
          }}
        />
      ) : null}
    </section>
  );
}
