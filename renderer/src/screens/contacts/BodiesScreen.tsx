import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDto } from '../../../../contract';
import { useCall } from '../../api/use-call';
import { href, paths, toPath } from '../../app/paths';
import { CallLoadState } from '../../components/LoadState';
import { formatNumber } from '../../i18n/format';
import { BodyDialog } from './BodyDialog';
import { ContactsPage } from './ContactsPage';

/** Gremien: the list with member counts, new and edit. */
export function BodiesScreen() {
  const { t } = useTranslation();
  const bodies = useCall('bodies.list', {});
  const [dialog, setDialog] = useState<{ body?: BodyDto } | null>(null);
  return (
    <ContactsPage title={t('contacts.bodies.title')} intro={<p>{t('contacts.bodies.intro')}</p>}>
      <section className="card card--flush" aria-labelledby="bodies-title">
        <div className="card__header card__header--padded">
          <h2 className="card__title" id="bodies-title">
            {t('contacts.bodies.listTitle')}
          </h2>
          <button type="button" className="button button--primary" onClick={() => setDialog({})}>
            {t('contacts.bodies.create')}
          </button>
        </div>
        {!bodies.data ? (
          <CallLoadState call={bodies} className="card__body" />
        ) : bodies.data.length === 0 ? (
          <p className="card__body muted">{t('contacts.bodies.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('contacts.bodies.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('contacts.bodies.name')}</th>
                  <th scope="col">{t('contacts.bodies.kind')}</th>
                  <th scope="col">{t('contacts.bodies.shortName')}</th>
                  <th scope="col" className="table__num">
                    {t('contacts.bodies.currentMembers')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('contacts.bodies.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {bodies.data.map((body) => (
                  <tr key={body.id}>
                    <th scope="row">
                      <a href={href(toPath(paths.body, { id: body.id }))}>{body.name}</a>
                    </th>
                    <td>{t(`contacts.bodyKinds.${body.kind}`)}</td>
                    <td>{body.shortName}</td>
                    <td className="table__num">{formatNumber(body.currentMemberCount)}</td>
                    <td className="table__actions">
                      <button type="button" className="button button--quiet button--small" aria-label={t('contacts.bodies.editLabel', { name: body.name })} onClick={() => setDialog({ body })}>
                        {t('contacts.bodies.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {dialog ? (
        <BodyDialog
          body={dialog.body}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            bodies.reload();
          }}
        />
      ) : null}
    </ContactsPage>
  );
}
