import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_LIST_MAX, ORGANIZATION_LIST_PAGE } from '../../../../contract/contacts-constants';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { href, paths, withQuery } from '../../app/paths';
import { formatNumber } from '../../i18n/format';
import { OrganizationDialog } from './OrganizationDialog';
import { RegisterScreen } from './RegisterScreen';
import { RemoveEntryDialog } from './RemoveEntryDialog';

/** Organisationen: Träger, associations, authorities … with how many contacts belong to each. */
export function OrganizationsScreen() {
  const { t } = useTranslation();
  const api = useApi();
  // The first page by name; "Weitere anzeigen" asks for one more page each time (up to the largest a call returns).
  const [shown, setShown] = useState(ORGANIZATION_LIST_PAGE);
  const organizations = useCall('organizations.list', { limit: shown });
  const data = organizations.data;
  return (
    <RegisterScreen
      section="organizations"
      list={{ ...organizations, data: data?.rows }}
      footer={
        data && data.total > data.rows.length ? (
          <p className="register-more">
            <span role="status">{t('contacts.organizations.shown', { shown: formatNumber(data.rows.length), count: data.total })}</span>{' '}
            {shown < ORGANIZATION_LIST_MAX ? (
              <button type="button" className="button button--secondary button--small" onClick={() => setShown((value) => Math.min(ORGANIZATION_LIST_MAX, value + ORGANIZATION_LIST_PAGE))}>
                {t('contacts.organizations.showMore')}
              </button>
            ) : null}
          </p>
        ) : null
      }
      columns={[
        { label: t('contacts.organizations.name') },
        { label: t('contacts.organizations.kind') },
        { label: t('contacts.organizations.address') },
        { label: t('contacts.organizations.contacts'), numeric: true },
      ]}
      cells={(org) => (
        <>
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
        </>
      )}
      dialog={(organization, onClose, onSaved) => <OrganizationDialog organization={organization} onClose={onClose} onSaved={onSaved} />}
      removeDialog={(org, onClose, onRemoved) => (
        <RemoveEntryDialog
          title={t('contacts.organizations.removeTitle', { name: org.name })}
          text={t('contacts.organizations.removeText', { count: org.contactCount })}
          remove={() => api.call('organizations.delete', { id: org.id })}
          done={t('contacts.organizations.removed', { name: org.name })}
          onClose={onClose}
          onRemoved={onRemoved}
        />
      )}
    />
  );
}
