import { describe, expect, it } from 'vitest';
import { callOn, createEdition, mustCall, startTestCore } from '../test-support/core';

/** Issue 12: control characters in search boxes and dates like 0000-01-01 reached the services. */
async function setup() {
  const core = await startTestCore();
  const edition = await createEdition(core);
  const field = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'Deutsch als Sprache', shortCode: 'DS' });
  const measure = await mustCall(core, 'measures.create', { editionId: edition.id, fieldOfActionId: field.id, title: 'Sprachkurse mit Kinderbetreuung' });
  return { core, edition, measure };
}

describe('search texts with control characters', () => {
  it('treat NUL, DEL and other control characters as spaces in every search box instead of failing', async () => {
    const { core, edition } = await setup();
    await mustCall(core, 'contacts.create', { firstName: 'Jürgen', lastName: 'Müller' });
    for (const text of ['Kinder\u0000Sprach', '\u0000Sprachkurse\u007f', 'Sprach\u0001\u001b\u0085Kinder', 'Sprachkurse\tmit\r\n']) {
      const hits = await mustCall(core, 'measures.search', { text, editionId: edition.id });
      expect(hits.map((hit) => hit.title), JSON.stringify(text)).toEqual(['Sprachkurse mit Kinderbetreuung']);
      expect((await mustCall(core, 'measures.list', { editionId: edition.id, text })).rows, JSON.stringify(text)).toHaveLength(1);
    }
    expect((await mustCall(core, 'measures.list', { editionId: edition.id, lead: 'a\u0000b', tag: 'x\u0000' })).rows).toEqual([]);
    expect(await callOn(core, 'measures.similar', { editionId: edition.id, title: 'Sprach\u0000kurse' })).toMatchObject({ ok: true });
    expect((await mustCall(core, 'contacts.list', { text: 'Jürgen\u0000Müller' })).rows.map((row) => row.lastName)).toEqual(['Müller']);
    expect(await mustCall(core, 'meetings.list', { text: 'Sitzung\u0000' })).toEqual({ rows: [], total: 0 });
  });

  it('a search of nothing but control characters is an empty search, reported at the field', async () => {
    const { core } = await setup();
    const result = await callOn(core, 'measures.search', { text: '\u0000\u0001' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ field: 'text', messageKey: 'validation.required' }] } });
  });
});

describe('dates within 1900–2100', () => {
  it('refuses years 0000 and 9999 at the field and records nothing in the append-only history', async () => {
    const { core, measure } = await setup();
    for (const changedOn of ['0000-01-01', '9999-12-31', '1899-12-31', '2101-01-01']) {
      const result = await callOn(core, 'measures.changeStatus', { measureIds: [measure.id], toStatus: 'in_review', changedOn });
      expect(result, changedOn).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', fields: [{ field: 'changedOn', messageKey: 'validation.dateYears' }] },
      });
    }
    expect((await mustCall(core, 'measures.get', { id: measure.id })).history).toHaveLength(1);
    await mustCall(core, 'measures.changeStatus', { measureIds: [measure.id], toStatus: 'in_review', changedOn: '1900-01-01' });
    await mustCall(core, 'measures.changeStatus', { measureIds: [measure.id], toStatus: 'recommended', changedOn: '2100-12-31' });
  });

  it('a malformed date keeps its own message (one error per field)', async () => {
    const { core, measure } = await setup();
    const result = await callOn(core, 'measures.addNote', { measureId: measure.id, notedOn: '0000-13-45', text: 'Notiz' });
    expect(!result.ok && result.error.fields).toEqual([{ field: 'notedOn', messageKey: 'validation.date' }]);
  });

  it('applies to other date fields and to meeting times as well', async () => {
    const { core } = await setup();
    const contact = await callOn(core, 'contacts.create', { firstName: 'Ayşe', lastName: 'Özdemir', consentDate: '0000-01-01' });
    expect(!contact.ok && contact.error.fields).toEqual([{ field: 'consentDate', messageKey: 'validation.dateYears' }]);
    const meeting = await callOn(core, 'meetings.create', { kind: 'planning_workshop', startsAt: '9999-09-25T10:00' });
    expect(!meeting.ok && meeting.error.fields).toEqual([{ field: 'startsAt', messageKey: 'validation.dateYears' }]);
    const badTime = await callOn(core, 'meetings.create', { kind: 'planning_workshop', startsAt: '2026-02-30T10:00' });
    expect(!badTime.ok && badTime.error.fields).toEqual([{ field: 'startsAt', messageKey: 'validation.dateTime' }]);
    await mustCall(core, 'meetings.create', { kind: 'planning_workshop', startsAt: '2026-09-25T10:00' });
  });
});
