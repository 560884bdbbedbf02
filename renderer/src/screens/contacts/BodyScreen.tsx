import { ExportChoiceButton, type ContactFileKind } from './ExportChoiceButton';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDto, MembershipDto } from '../../../../contract';
import { MEMBERSHIP_ROLES } from '../../../../contract/contacts-constants';
import { useCall } from '../../api/use-call';
import { paths } from '../../app/paths';
import { useRoute } from '../../app/router';
import { BackLink } from '../../components/BackLink';
import { CallLoadState } from '../../components/LoadState';
import { BodyDialog } from './BodyDialog';
import { ContactsPage } from './ContactsPage';
import { DistributionList } from './DistributionList';
import { ERASED_PLACEHOLDER, MembershipTable } from './MembershipTable';
import { useMembershipDialogs } from './useMembershipDialogs';
import { useOfferExport } from './use-offer-export';

/** One body (Gremium): current and former members, adding members, the mailing list, exports. */
export function BodyScreen() {
  const { params } = useRoute();
  const id = Number(params.id);
  const { t } = useTranslation();
  const bodies = useCall('bodies.list', {});
  const body = bodies.data?.find((each) => each.id === id);
  if (!bodies.data) {
    return (
      <ContactsPage title={t('contacts.bodies.loadingTitle')}>
        <CallLoadState call={bodies} />
      </ContactsPage>
    );
  }
  if (!body) {
    return (
      <ContactsPage title={t('contacts.bodies.notFoundTitle')}>
        <section className="card empty-state" role="alert">
          <p className="empty-state__title">{t('contacts.errors.bodyNotFound')}</p>
          <BackLink to={paths.bodies} label={t('contacts.bodies.backToList')} />
        </section>
      </ContactsPage>
    );
  }
  return <BodyDetail key={body.id} body={body} onBodyChanged={bodies.reload} />;
}

/** Exports skip erased people (their placeholder has nothing to export). */
const exportableIds = (memberships: readonly MembershipDto[]) => [...new Set(memberships.filter((each) => each.current && each.contactName !== ERASED_PLACEHOLDER).map((each) => each.contactId))];

function BodyDetail({ body, onBodyChanged }: { body: BodyDto; onBodyChanged(): void }) {
  const { t } = useTranslation();
  const offerExport = useOfferExport();
  const members = useCall('memberships.list', { bodyId: body.id });
  const [editing, setEditing] = useState(false);
  const [listVersion, setListVersion] = useState(0);
  const changed = () => {
    members.reload();
    onBodyChanged();
    setListVersion((value) => value + 1);
  };
  const dialogs = useMembershipDialogs({ body: { id: body.id, name: body.name }, onChanged: changed });
  const all = members.data ?? [];
  // The chair first, then by role as the contract orders them.
  const current = all.filter((each) => each.current).sort((a, b) => MEMBERSHIP_ROLES.indexOf(a.role) - MEMBERSHIP_ROLES.indexOf(b.role));
  const former = all.filter((each) => !each.current);
  const ids = exportableIds(all);

  const exportAs = async (kind: ContactFileKind) => {
    await offerExport({ kind, ids });
  };

  const tableProps = {
    name: 'contact' as const,
    onEdit: (membership: MembershipDto) => dialogs.open({ kind: 'edit', membership }),
    onEnd: (membership: MembershipDto) => dialogs.open({ kind: 'end', membership }),
    onRemove: (membership: MembershipDto) => dialogs.open({ kind: 'remove', membership }),
  };

  return (
    <ContactsPage
      title={body.name}
      intro={
        <>
          <p>{[t(`contacts.bodyKinds.${body.kind}`), body.shortName].filter(Boolean).join(' · ')}</p>
          {/* The genitive invitations and minutes write ("zur 13. Sitzung des Harburger Integrationsrats"); its absence said plainly. */}
          <p className="body-genitive">
            {t('contacts.bodies.genitiveShown', { label: t('contacts.bodies.nameGenitive') })}{' '}
            {body.nameGenitive.trim() ? <strong>{body.nameGenitive}</strong> : <span className="muted">{t('contacts.bodies.nameGenitiveMissing')}</span>}
          </p>
        </>
      }
      actions={
        <>
          <button type="button" className="button button--primary" onClick={() => dialogs.open({ kind: 'add' })}>
            {t('contacts.bodies.addMember')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {t('contacts.bodies.editTitle')}
          </button>
        </>
      }
    >
      <BackLink to={paths.bodies} label={t('contacts.bodies.backToList')} />

      <section className="card" aria-labelledby="body-current-title">
        <h2 className="card__title" id="body-current-title">
          {t('contacts.bodies.currentTitle', { count: current.length })}
        </h2>
        {!members.data ? (
          <CallLoadState call={members} />
        ) : current.length === 0 ? (
          <p className="muted">{t('contacts.bodies.noCurrent')}</p>
        ) : (
          <MembershipTable memberships={current} caption={t('contacts.bodies.currentCaption', { name: body.name })} {...tableProps} />
        )}
      </section>

      <DistributionList key={listVersion} bodyId={body.id}>
        <div className="button-row">
          <ExportChoiceButton
            label={t('contacts.bodies.exportVcard')}
            title={t('contacts.export.vcardTitle')}
            choices={['contactsVcard', 'contactsVcardZip']}
            disabled={ids.length === 0}
            onExport={exportAs}
          />
          <button type="button" className="button button--secondary" disabled={ids.length === 0} onClick={() => void exportAs('contactsCsv')}>
            {t('contacts.bodies.exportCsv')}
          </button>
        </div>
      </DistributionList>

      <section className="card" aria-labelledby="body-former-title">
        <h2 className="card__title" id="body-former-title">
          {t('contacts.bodies.formerTitle', { count: former.length })}
        </h2>
        {former.length === 0 ? (
          <p className="muted">{t('contacts.bodies.noFormer')}</p>
        ) : (
          <MembershipTable memberships={former} caption={t('contacts.bodies.formerCaption', { name: body.name })} {...tableProps} />
        )}
      </section>

      {dialogs.dialogs}
      {editing ? (
        <BodyDialog
          body={body}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onBodyChanged();
          }}
        />
      ) : null}
    </ContactsPage>
  );
}
