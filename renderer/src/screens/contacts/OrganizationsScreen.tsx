import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationDto } from '../../../../contract';
import { useCall } from '../../api/use-call';
import { href, paths, withQuery } from '../../app/paths';
import { CallLoadState } from '../../components/LoadState';
import { formatNumber } from '../../i18n/format';
import { ContactsPage } from './ContactsPage';
import { OrganizationDialog } from './OrganizationDialog';

/** Organisationen: Träger, associations, authorities … with how many contacts belong to each. */
export function OrganizationsScreen() {
  const { t } = useTranslation();
  const organizations = useCall('organizations.list', {});
  const [dialog, setDialog] = useState<{ organization?: OrganizationDto } | null>(null);
  return (
    <ContactsPage title={t('contacts.organizations.title')} intro={<p>{t('contacts.organizations.intro')}</p>}>
      <section className="card card--flush" aria-labelledby="organizations-title">
        <div className="card__header card__header--padded">
          <h2 className="card__title" id="organizations-title">
            {t('contacts.organizations.listTitle')}
          </h2>
          <button type="button" className="button button--primary" onClick={() => setDialog({})}>
            {t('contacts.organizations.create')}
          </button>
        </div>
        {!organizations.data ? (
          <CallLoadState call={organizations} className="card__body" />
        ) : organizations.data.length === 0 ? (
          <p className="card__body muted">{t('contacts.organizations.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('contacts.organizations.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('contacts.organizations.name')}</th>
                  <th scope="col">{t('contacts.organizations.kind')}</th>
                  <th scope="col">{t('contacts.organizations.address')}</th>
                  <th scope="col" className="table__num">
                    {t('contacts.organizations.contacts')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('contacts.organizations.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {organizations.data.map((org) => (
                  <tr key={org.id}>
                    <th scope="row">{org.name}</th>
                    <td>{t(`contacts.organizationKinds.${org.kind}`)}</td>
                    <td>{[org.street, [org.postalCode, org.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</td>
                    <td className="table__num">
                      {org.contactCount > 0 ? (
                        <a href={href(withQuery(paths.contacts, { organisation: String(org.id) }))} aria-label={t('contacts.organizations.showContacts', { count: org.contactCount, name: org.name })}>
                          {formatNumber(org.contactCount)}
                        </a>
                      ) : (
                        formatNumber(org.contactCount)
                      )}
                    </td>
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-label={t('contacts.organizations.editLabel', { name: org.name })}
                        onClick={() => setDialog({ organization: org })}
                      >
                        {t('contacts.organizations.edit')}
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
        <OrganizationDialog
          organization={dialog.organization}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            organizations.reload();
          }}
        />
      ) : null}
    </ContactsPage>
  );
}
