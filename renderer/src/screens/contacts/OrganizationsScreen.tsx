import { useTranslation } from 'react-i18next';
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
  const organizations = useCall('organizations.list', {});
  return (
    <RegisterScreen
      section="organizations"
      list={organizations}
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
