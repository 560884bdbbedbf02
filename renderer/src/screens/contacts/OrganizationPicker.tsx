import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { href, paths } from '../../app/paths';
import { useDebounced } from '../measures/measure-helpers';

/** How many organisations the choice offers at a time; more are found by typing part of the name. */
export const ORGANIZATION_PICKER_RESULTS = 20;
const SEARCH_DELAY_MS = 200;

interface OrganizationPickerProps {
  /** Organisations the person already has (not offered again). */
  readonly exclude: readonly number[];
  onPick(organization: { readonly id: number; readonly name: string }): void;
}

/**
 * "Organisation hinzufügen": a choice of the first organisations by name, narrowed on the server
 * by the search field above it (part of the name; case and diacritics do not matter).
 */
export function OrganizationPicker({ exclude, onPick }: OrganizationPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const query = useDebounced(text, SEARCH_DELAY_MS);
  const result = useCall('organizations.list', { text: query, limit: ORGANIZATION_PICKER_RESULTS });
  const data = result.data;
  if (data && data.total === 0 && !query.trim()) {
    return (
      <p className="field__hint">
        {t('contacts.form.noOrganizationsYet')} <a href={href(paths.organizations)}>{t('contacts.form.manageOrganizations')}</a>
      </p>
    );
  }
  const offered = (data?.rows ?? []).filter((org) => !exclude.includes(org.id));
  const more = data ? data.total - data.rows.length : 0;
  return (
    <div className="organization-picker">
      <div className="field">
        <label className="field__label field__label--small" htmlFor={`${id}-search`}>
          {t('contacts.form.searchOrganization')}
        </label>
        <input id={`${id}-search`} className="field__control field__control--medium" type="search" autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="field">
        <label className="field__label field__label--small" htmlFor={`${id}-org`}>
          {t('contacts.form.addOrganization')}
        </label>
        <select
          id={`${id}-org`}
          className="field__control field__control--medium"
          value=""
          aria-describedby={`${id}-count`}
          onChange={(event) => {
            const picked = offered.find((org) => org.id === Number(event.target.value));
            if (picked) onPick(picked);
          }}
        >
          <option value="">{t('contacts.form.chooseOrganization')}</option>
          {offered.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
        <p className="field__hint" id={`${id}-count`} role="status">
          {data && data.total === 0 ? t('contacts.form.noOrganizationMatch') : more > 0 ? t('contacts.form.moreOrganizations', { count: more }) : ''}
        </p>
      </div>
    </div>
  );
}
