import type { CallName } from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import { ContactsService } from '../../services/contacts/contacts-service';
import type { CurrentUser } from '../../services/measures/measure-history';
import { SettingsService } from '../../services/settings/settings-service';
import type { HandlerMap } from '../handler-map';

export type ContactCallName = Extract<CallName, `contacts.${string}` | `organizations.${string}` | `bodies.${string}` | `memberships.${string}`>;

/** Contacts, organisations, bodies and memberships; import, export and the DSGVO calls. */
export function contactHandlers(db: AppDatabase, currentUser: CurrentUser): Pick<HandlerMap, ContactCallName> {
  const contacts = new ContactsService(db, currentUser);
  const settings = new SettingsService(db);
  return {
    'contacts.list': (input) => contacts.list(input),
    'contacts.matchingIds': (input) => contacts.matchingIds(input),
    'contacts.categories': () => contacts.categories(),
    'contacts.get': ({ id }) => contacts.get(id),
    'contacts.create': (input) => contacts.create(input),
    'contacts.update': (input) => contacts.update(input),
    'contacts.merge': (input) => contacts.merge(input),
    'contacts.erase': ({ id, replaceSurnameMentions }) => contacts.erase(id, replaceSurnameMentions),
    'contacts.erasePreview': ({ id }) => contacts.erasePreview(id),
    // The Auskunft names the controller, DPO and authority as the settings hold them now.
    'contacts.disclosure': async ({ id }) => contacts.disclosure(id, await settings.get()),
    'contacts.distributionList': (input) => contacts.distributionList(input),
    'contacts.importPreview': (input) => contacts.importPreview(input),
    'contacts.import': (input) => contacts.import(input),
    'contacts.importRejects': (input) => contacts.importRejects(input),
    'contacts.importStart': async (input) => contacts.importStart(input),
    'contacts.importProgress': async ({ jobId }) => contacts.importProgress(jobId),
    'contacts.importCancel': async ({ jobId }) => contacts.importCancel(jobId),
    'organizations.list': (input) => contacts.organizations(input),
    'organizations.create': (input) => contacts.createOrganization(input),
    'organizations.update': (input) => contacts.updateOrganization(input),
    'organizations.delete': ({ id }) => contacts.deleteOrganization(id),
    'bodies.list': () => contacts.bodies(),
    'bodies.create': (input) => contacts.createBody(input),
    'bodies.update': (input) => contacts.updateBody(input),
    'bodies.delete': ({ id }) => contacts.deleteBody(id),
    'memberships.list': ({ bodyId }) => contacts.memberships(bodyId),
    'memberships.create': (input) => contacts.createMembership(input),
    'memberships.update': (input) => contacts.updateMembership(input),
    'memberships.end': (input) => contacts.endMembership(input),
    'memberships.delete': ({ id }) => contacts.deleteMembership(id),
  };
}
