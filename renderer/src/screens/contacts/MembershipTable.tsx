import { useTranslation } from 'react-i18next';
import type { MembershipDto } from '../../../../contract';
import { href, paths, toPath } from '../../app/paths';
import { EmptyValue } from '../../components/EmptyValue';
import { formatDateShort } from '../../i18n/format';

interface MembershipTableProps {
  readonly memberships: readonly MembershipDto[];
  /** On a contact's page the body is named; on a body's page the person. */
  readonly name: 'body' | 'contact';
  readonly caption: string;
  onEdit(membership: MembershipDto): void;
  onEnd(membership: MembershipDto): void;
  onRemove(membership: MembershipDto): void;
}

export const ERASED_PLACEHOLDER = '—';

/** Memberships with role and period; current ones can be ended, all changed or removed. */
export function MembershipTable({ memberships, name, caption, onEdit, onEnd, onRemove }: MembershipTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table membership-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{name === 'body' ? t('contacts.memberships.body') : t('contacts.memberships.person')}</th>
            <th scope="col">{t('contacts.memberships.role')}</th>
            <th scope="col">{t('contacts.memberships.from')}</th>
            <th scope="col">{t('contacts.memberships.to')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('contacts.memberships.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {memberships.map((membership) => {
            // An erased person's placeholder name is "—"; people read "Person gelöscht".
            const erased = name === 'contact' && membership.contactName === ERASED_PLACEHOLDER;
            const label = name === 'body' ? membership.bodyName : erased ? t('contacts.erasedName') : membership.contactName;
            return (
              <tr key={membership.id}>
                <th scope="row">
                  {erased ? (
                    <span className="muted">{t('contacts.erasedName')}</span>
                  ) : (
                    <a href={href(name === 'body' ? toPath(paths.body, { id: membership.bodyId }) : toPath(paths.contact, { id: membership.contactId }))}>{label}</a>
                  )}
                </th>
                <td>{t(`contacts.roles.${membership.role}`)}</td>
                <td>{membership.from ? formatDateShort(membership.from) : <EmptyValue />}</td>
                <td>{membership.to ? formatDateShort(membership.to) : t('contacts.memberships.ongoing')}</td>
                <td className="table__actions">
                  <div className="row-actions">
                    <button type="button" className="button button--quiet button--small" aria-label={t('contacts.memberships.editLabel', { name: label })} onClick={() => onEdit(membership)}>
                      {t('contacts.memberships.edit')}
                    </button>
                    {membership.current ? (
                      <button type="button" className="button button--quiet button--small" aria-label={t('contacts.memberships.endLabel', { name: label })} onClick={() => onEnd(membership)}>
                        {t('contacts.memberships.end')}
                      </button>
                    ) : null}
                    <button type="button" className="button button--quiet button--small" aria-label={t('contacts.memberships.removeLabel', { name: label })} onClick={() => onRemove(membership)}>
                      {t('contacts.memberships.remove')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
