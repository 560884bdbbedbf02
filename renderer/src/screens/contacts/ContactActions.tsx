import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDto } from '../../../../contract';
import { MailtoLink } from '../../components/MailtoLink';
import { MergeContactDialog } from './MergeContactDialog';
import { useOfferExport } from './use-offer-export';

/** RFC 6068: the address percent-encoded, the "@" left readable. */
const mailtoOf = (email: string) => `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`;

/** What one does with a person besides editing: write to them, take them into Outlook as a vCard, merge a duplicate. Shown beside the heading (the page's actions). */
export function ContactActions({ contact, name, onMerged }: { contact: ContactDto; name: string; onMerged(contact: ContactDto): void }) {
  const { t } = useTranslation();
  const offerExport = useOfferExport();
  const [busy, setBusy] = useState(false);
  const [merging, setMerging] = useState(false);
  const [email] = contact.emails;

  const saveVcard = async () => {
    setBusy(true);
    await offerExport({ kind: 'contactsVcard', ids: [contact.id] });
    setBusy(false);
  };

  return (
    <>
      {email ? (
        <MailtoLink className="button button--secondary" href={mailtoOf(email)} failedText={t('contacts.detail.mailFailed')}>
          {t('contacts.detail.writeMail')}
        </MailtoLink>
      ) : null}
      <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => void (busy ? undefined : saveVcard())}>
        {t('contacts.detail.saveVcard')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setMerging(true)}>
        {t('contacts.merge.open')}
      </button>
      {merging ? (
        <MergeContactDialog
          contact={contact}
          name={name}
          onClose={() => setMerging(false)}
          onMerged={(merged) => {
            setMerging(false);
            onMerged(merged);
          }}
        />
      ) : null}
    </>
  );
}
