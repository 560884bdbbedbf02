import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { MAX_MAILTO_LENGTH, MailtoLink } from '../../components/MailtoLink';
import { useToasts } from '../../components/toasts';

/** The current members' addresses: copy them, or open the mail program with all of them in BCC; then the exports. */
export function DistributionList({ bodyId, children }: { bodyId: number; children?: ReactNode }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const list = useCall('contacts.distributionList', { bodyId });
  const data = list.data;
  const copy = async () => {
    if (!data) return;
    try {
      await navigator.clipboard.writeText(data.addresses.join('; '));
      toasts.success(t('contacts.distribution.copied', { count: data.addresses.length }));
    } catch {
      toasts.error(t('contacts.distribution.copyFailed'));
    }
  };
  return (
    <section className="card" aria-labelledby="distribution-title">
      <h2 className="card__title" id="distribution-title">
        {t('contacts.distribution.title')}
      </h2>
      {!data ? null : data.addresses.length === 0 ? (
        <p className="muted">{t('contacts.distribution.empty')}</p>
      ) : (
        <>
          <p>{t('contacts.distribution.count', { count: data.addresses.length })}</p>
          <p className="distribution__addresses">{data.addresses.join('; ')}</p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => void copy()}>
              {t('contacts.distribution.copy')}
            </button>
            {data.mailto.length <= MAX_MAILTO_LENGTH ? (
              <MailtoLink className="button button--secondary" href={data.mailto} failedText={t('contacts.distribution.mailFailed')}>
                {t('contacts.distribution.mailto')}
              </MailtoLink>
            ) : null}
          </div>
          {data.mailto.length > MAX_MAILTO_LENGTH ? <p className="muted">{t('contacts.distribution.tooManyForLink')}</p> : null}
        </>
      )}
      {data && data.withoutEmail.length > 0 ? <p className="muted">{t('contacts.distribution.withoutEmail', { names: data.withoutEmail.join(', ') })}</p> : null}
      <h3 className="distribution__subtitle">{t('contacts.distribution.exportTitle')}</h3>
      <p>{t('contacts.distribution.exportText')}</p>
      {children}
    </section>
  );
}
