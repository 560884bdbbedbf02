import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { useBackupFormat } from '../maintenance/backup-format';

/**
 * What an erasure cannot take care of on its own, shown before the decision: texts naming
 * only the surname (maybe another person) and backups that still hold the person.
 */
export function EraseRemainders({
  contactId,
  replaceSurnames,
  onReplaceSurnamesChange,
}: {
  contactId: number;
  /** The person's decision: the texts naming only the surname mean this person too. */
  replaceSurnames: boolean;
  onReplaceSurnamesChange(replace: boolean): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const preview = useCall('contacts.erasePreview', { id: contactId });
  const backups = useCall('backups.containingContact', { contactId });
  const format = useBackupFormat();
  const mentions = preview.data?.surnameMentions ?? [];
  const mentionTotal = preview.data?.surnameMentionTotal ?? 0;
  const copies = backups.data ?? [];
  const loading = preview.status === 'loading' || backups.status === 'loading';

  return (
    <div className="erase-remainders">
      {loading ? (
        <p role="status">{t('contacts.erase.checking')}</p>
      ) : null}
      {mentions.length > 0 ? (
        <section aria-labelledby={`${id}-surnames`}>
          <h3 className="card__title" id={`${id}-surnames`}>
            {t('contacts.erase.surnames.title', { count: mentionTotal })}
          </h3>
          <p>{t('contacts.erase.surnames.text')}</p>
          <ul aria-labelledby={`${id}-surnames`}>
            {mentions.map((mention, index) => (
              <li key={index}>
                <strong>{t(`contacts.erase.places.${mention.place}`)}</strong>
                {mention.context ? ` – ${mention.context}` : ''}: „{mention.excerpt}“
              </li>
            ))}
          </ul>
          {mentionTotal > mentions.length ? <p>{t('contacts.erase.surnames.more', { count: mentionTotal - mentions.length })}</p> : null}
          <label className="erase-remainders__decision">
            <input type="checkbox" checked={replaceSurnames} onChange={(event) => onReplaceSurnamesChange(event.target.checked)} />{' '}
            {t('contacts.erase.surnames.replace')}
          </label>
        </section>
      ) : null}
      {copies.length > 0 ? (
        <section aria-labelledby={`${id}-backups`}>
          <h3 className="card__title" id={`${id}-backups`}>
            {t('contacts.erase.backups.title')}
          </h3>
          <ul aria-labelledby={`${id}-backups`}>
            {copies.map((backup) => (
              <li key={backup.fileName}>{format.label(backup)}</li>
            ))}
          </ul>
          <p>{t('contacts.erase.backups.text')}</p>
        </section>
      ) : null}
      {backups.status === 'failed' ? <p role="alert">{t('contacts.erase.backups.failed')}</p> : null}
    </div>
  );
}
