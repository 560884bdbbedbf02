import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { href, paths, toPath } from '../../app/paths';
import { formatNumber } from '../../i18n/format';
import { BodyDialog } from './BodyDialog';
import { RegisterScreen } from './RegisterScreen';
import { RemoveEntryDialog } from './RemoveEntryDialog';

/** Gremien: the list with member counts, new, edit and delete (only without history). */
export function BodiesScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const bodies = useCall('bodies.list', {});
  return (
    <RegisterScreen
      section="bodies"
      list={bodies}
      columns={[
        { label: t('contacts.bodies.name') },
        { label: t('contacts.bodies.kind') },
        { label: t('contacts.bodies.shortName') },
        { label: t('contacts.bodies.currentMembers'), numeric: true },
      ]}
      cells={(body) => (
        <>
          <th scope="row">
            <a href={href(toPath(paths.body, { id: body.id }))}>{body.name}</a>
          </th>
          <td>{t(`contacts.bodyKinds.${body.kind}`)}</td>
          <td>{body.shortName}</td>
          <td className="table__num">{formatNumber(body.currentMemberCount)}</td>
        </>
      )}
      dialog={(body, onClose, onSaved) => <BodyDialog body={body} onClose={onClose} onSaved={onSaved} />}
      removeDialog={(body, onClose, onRemoved) => (
        <RemoveEntryDialog
          title={t('contacts.bodies.removeTitle', { name: body.name })}
          text={t('contacts.bodies.removeText')}
          remove={() => api.call('bodies.delete', { id: body.id })}
          done={t('contacts.bodies.removed', { name: body.name })}
          onClose={onClose}
          onRemoved={onRemoved}
        />
      )}
    />
  );
}
