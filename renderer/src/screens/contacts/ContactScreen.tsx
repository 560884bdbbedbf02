import { useTranslation } from 'react-i18next';
import type { ContactDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { paths, toPath } from '../../app/paths';
import { navigate, useRoute } from '../../app/router';
import { BackLink } from '../../components/BackLink';
import { CallLoadState } from '../../components/LoadState';
import { useToasts } from '../../components/toasts';
import { ContactActions } from './ContactActions';
import { ContactForm } from './ContactForm';
import { ContactsPage } from './ContactsPage';
import { EMPTY_VALUES, listsOf, valuesOf } from './contact-values';
import { MembershipTable } from './MembershipTable';
import { PrivacyCard } from './PrivacyCard';
import { useMembershipDialogs } from './useMembershipDialogs';

/** "Neuer Kontakt" (`/kontakte/neu`) or one person's page (`/kontakte/personen/7`). */
export function ContactScreen() {
  const { params } = useRoute();
  if (params.id === undefined) return <NewContact />;
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return <ContactDetail key={id} id={id} />;
}

function BackToContacts() {
  const { t } = useTranslation();
  return <BackLink to={paths.contacts} label={t('contacts.detail.backToList')} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <ContactsPage title={t('contacts.detail.notFoundTitle')}>
      <section className="card empty-state" role="alert">
        <p className="empty-state__title">{t('contacts.errors.notFound')}</p>
        <BackToContacts />
      </section>
    </ContactsPage>
  );
}

function NewContact() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  return (
    <ContactsPage title={t('contacts.create.title')}>
      <BackToContacts />
      <section className="card">
        <ContactForm
          initial={EMPTY_VALUES}
          initialLists={{ emails: [], phones: [], organizationIds: [] }}
          submitLabel={t('contacts.create.submit')}
          onSave={async (input) => {
            const result = await api.call('contacts.create', input);
            if (!result.ok) return result.error;
            toasts.success(t('contacts.toasts.created', { name: [result.data.firstName, result.data.lastName].filter(Boolean).join(' ') }));
            navigate(toPath(paths.contact, { id: result.data.id }));
            return result.data;
          }}
          onCancel={() => navigate(paths.contacts)}
        />
      </section>
    </ContactsPage>
  );
}

const fullName = (contact: ContactDto) => [contact.title, contact.firstName, contact.lastName].filter(Boolean).join(' ');

function ContactDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const contact = useCall('contacts.get', { id });
  const bodies = useCall('bodies.list', {});
  const data = contact.data;
  const memberships = useMembershipDialogs({
    contact: data ? { id: data.id, name: fullName(data) } : undefined,
    bodies: bodies.data ?? [],
    onChanged: contact.reload,
  });

  if (!data) {
    if (contact.status === 'failed' && contact.error?.code === 'not-found') return <NotFound />;
    return (
      <ContactsPage title={t('contacts.detail.loadingTitle')}>
        <BackToContacts />
        <CallLoadState call={contact} className={contact.status === 'failed' ? 'card' : undefined} />
      </ContactsPage>
    );
  }

  const erased = data.erasedAt !== null;
  return (
    <ContactsPage
      title={erased ? t('contacts.erasedName') : fullName(data)}
      actions={erased ? null : <ContactActions contact={data} name={fullName(data)} onMerged={(merged) => contact.setData(merged)} />}
    >
      <BackToContacts />
      {erased ? (
        <section className="card notice-card" role="note">
          <p>{t('contacts.erase.erasedNotice')}</p>
        </section>
      ) : null}
      {erased ? null : (
        <section className="card" aria-labelledby="contact-details-title">
          <h2 className="card__title" id="contact-details-title">
            {t('contacts.detail.detailsTitle')}
          </h2>
          <ContactForm
            key={data.updatedAt}
            initial={valuesOf(data)}
            initialLists={listsOf(data)}
              organizationNames={data.organizations}
            submitLabel={t('common.save')}
            onSave={async (input) => {
              const result = await api.call('contacts.update', { ...input, id });
              if (!result.ok) return result.error;
              contact.setData(result.data);
              toasts.success(t('contacts.toasts.saved', { name: fullName(result.data) }));
              return result.data;
            }}
          />
        </section>
      )}

      <section className="card" aria-labelledby="contact-memberships-title">
        <div className="card-head">
          <h2 className="card__title" id="contact-memberships-title">
            {t('contacts.memberships.title')}
          </h2>
          {!erased ? (
            <button type="button" className="button button--secondary" onClick={() => memberships.open({ kind: 'add' })}>
              {t('contacts.memberships.add')}
            </button>
          ) : null}
        </div>
        {data.memberships.length === 0 ? (
          <p className="muted">{t('contacts.memberships.none')}</p>
        ) : (
          <MembershipTable
            memberships={data.memberships}
            name="body"
            caption={t('contacts.memberships.captionPerson', { name: fullName(data) })}
            onEdit={(membership) => memberships.open({ kind: 'edit', membership })}
            onEnd={(membership) => memberships.open({ kind: 'end', membership })}
            onRemove={(membership) => memberships.open({ kind: 'remove', membership })}
          />
        )}
      </section>

      {!erased ? <PrivacyCard contact={data} onErased={contact.reload} /> : null}
      {memberships.dialogs}
    </ContactsPage>
  );
}
