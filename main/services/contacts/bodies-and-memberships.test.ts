import { describe, expect, it } from 'vitest';
import { callOn, mustCall, startTestCore } from '../../../test-support/core';

const TABLES = ['contact', 'organization', 'body', 'membership', 'contact_organization'];

async function setup() {
  const core = await startTestCore();
  const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await core.database!.query(`SELECT * FROM ${table} ORDER BY 1, 2`)])));
  const person = await mustCall(core, 'contacts.create', { firstName: 'Ayşe', lastName: 'Özdemir' });
  const body = await mustCall(core, 'bodies.create', { name: 'Harburger Integrationsrat', kind: 'integrationsrat', shortName: 'HIR' });
  const membership = await mustCall(core, 'memberships.create', { contactId: person.id, bodyId: body.id, role: 'member', from: '2024-01-01' });
  return { core, snapshot, person, body, membership };
}

describe('memberships: change, end, remove', () => {
  it('changes role and dates of a membership', async () => {
    const { core, membership } = await setup();
    const updated = await mustCall(core, 'memberships.update', { id: membership.id, role: 'chair', from: '2024-02-01', to: null });
    expect(updated).toMatchObject({ role: 'chair', from: '2024-02-01', to: null, bodyName: 'Harburger Integrationsrat' });
  });

  it('ends a membership; an end before the start is refused at the field and nothing changes', async () => {
    const { core, snapshot, membership } = await setup();
    const before = await snapshot();
    const refused = await callOn(core, 'memberships.end', { id: membership.id, to: '2023-12-31' });
    expect(refused).toMatchObject({ ok: false, error: { fields: [{ field: 'to', messageKey: 'validation.membershipOrder' }] } });
    const badUpdate = await callOn(core, 'memberships.update', { id: membership.id, role: 'member', from: '2024-05-01', to: '2024-04-01' });
    expect(badUpdate).toMatchObject({ ok: false, error: { fields: [{ field: 'to', messageKey: 'validation.membershipOrder' }] } });
    expect(await snapshot()).toEqual(before);
    const ended = await mustCall(core, 'memberships.end', { id: membership.id, to: '2024-06-30' });
    expect(ended).toMatchObject({ to: '2024-06-30', current: false });
  });

  it('removes a membership entered by mistake; an unknown one is not found', async () => {
    const { core, body, membership } = await setup();
    await mustCall(core, 'memberships.delete', { id: membership.id });
    expect(await mustCall(core, 'memberships.list', { bodyId: body.id })).toEqual([]);
    expect(await callOn(core, 'memberships.delete', { id: membership.id })).toMatchObject({ ok: false, error: { code: 'not-found', messageKey: 'contacts.errors.membershipNotFound' } });
  });
});

describe('organisations and bodies: edit', () => {
  it('renames an organisation; a name taken by another is refused at the field, nothing changes', async () => {
    const { core, snapshot } = await setup();
    const verikom = await mustCall(core, 'organizations.create', { name: 'Verikom e. V.', kind: 'traeger' });
    await mustCall(core, 'organizations.create', { name: 'Bürgerverein Harburg' });
    const renamed = await mustCall(core, 'organizations.update', { id: verikom.id, name: 'Verikom Harburg', kind: 'verein', city: 'Hamburg' });
    expect(renamed).toMatchObject({ name: 'Verikom Harburg', kind: 'verein', city: 'Hamburg' });
    const before = await snapshot();
    const refused = await callOn(core, 'organizations.update', { id: verikom.id, name: 'bürgerverein harburg' });
    expect(refused).toMatchObject({ ok: false, error: { fields: [{ field: 'name', messageKey: 'contacts.errors.organizationExists' }] } });
    expect(await snapshot()).toEqual(before);
  });

  it('renames a body; a duplicate of the same kind is refused at the field', async () => {
    const { core, snapshot, body } = await setup();
    const other = await mustCall(core, 'bodies.create', { name: 'AG Leitbild', kind: 'arbeitsgruppe' });
    const renamed = await mustCall(core, 'bodies.update', { id: body.id, name: 'Integrationsrat Harburg', kind: 'integrationsrat', shortName: 'HIR' });
    expect(renamed).toMatchObject({ name: 'Integrationsrat Harburg', currentMemberCount: 1 });
    const before = await snapshot();
    const refused = await callOn(core, 'bodies.update', { id: other.id, name: 'Integrationsrat Harburg', kind: 'integrationsrat' });
    expect(refused).toMatchObject({ ok: false, error: { fields: [{ field: 'name', messageKey: 'contacts.errors.bodyExists' }] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe('deleting what was entered by mistake', () => {
  it('deletes an organisation; its contacts stay, without the link, and are no longer found by its name', async () => {
    const { core } = await setup();
    const org = await mustCall(core, 'organizations.create', { name: 'Verikom e. V. (doppelt)', kind: 'verein' });
    const person = await mustCall(core, 'contacts.create', { firstName: 'Leyla', lastName: 'Rahimi', organizationIds: [org.id] });
    expect((await mustCall(core, 'contacts.list', { text: 'doppelt' })).total).toBe(1);
    expect(await mustCall(core, 'organizations.delete', { id: org.id })).toEqual({ id: org.id, unlinkedContacts: 1 });
    expect(await mustCall(core, 'organizations.list', {})).toEqual({ rows: [], total: 0 });
    expect((await mustCall(core, 'contacts.get', { id: person.id })).organizations).toEqual([]);
    expect((await mustCall(core, 'contacts.list', { text: 'doppelt' })).total).toBe(0);
    expect(await callOn(core, 'organizations.delete', { id: org.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('deletes a body without history; one with memberships or meetings is refused and stays as it was', async () => {
    const { core, snapshot, body, membership } = await setup();
    const before = await snapshot();
    expect(await callOn(core, 'bodies.delete', { id: body.id })).toMatchObject({ ok: false, error: { messageKey: 'contacts.errors.bodyHasMembers', params: { count: 1 } } });
    expect(await snapshot()).toEqual(before);

    await mustCall(core, 'memberships.delete', { id: membership.id });
    await mustCall(core, 'meetings.create', { kind: 'council_meeting', bodyId: body.id, startsAt: '2026-12-10T18:00', endsAt: null });
    expect(await callOn(core, 'bodies.delete', { id: body.id })).toMatchObject({ ok: false, error: { messageKey: 'contacts.errors.bodyHasMeetings' } });

    const mistake = await mustCall(core, 'bodies.create', { name: 'Integrationsrta', kind: 'integrationsrat', shortName: '' });
    expect(await mustCall(core, 'bodies.delete', { id: mistake.id })).toEqual({ id: mistake.id });
    expect((await mustCall(core, 'bodies.list', {})).map((each) => each.name)).toEqual(['Harburger Integrationsrat']);
  });
});
