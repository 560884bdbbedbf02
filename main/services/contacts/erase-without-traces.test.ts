import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEdition, mustCall, startTestCore } from '../../../test-support/core';
import { testEngine } from '../../../test-support/test-engine';

// Unusual words, so a hit in the raw bytes can only be this person.
const FIRST = 'Zoltanxyz';
const LAST = 'Quertyüiop';
const NAME = `${FIRST} ${LAST}`;
const EMAIL = 'qwzx.mail@example.org';
const PHONE = '+49 40 5551234987';
const STREET = 'Geheimstraße 17';
const NOTE = 'Geheimnotizqq';
/** Also as the search index stores them: lower case, diacritics removed. */
const TRACES = [FIRST, LAST, 'quertyuiop', 'zoltanxyz', EMAIL, 'qwzx', '5551234987', 'Geheimstra', NOTE, 'geheimnotizqq'];

function tracesIn(dataDir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dataDir).filter((file) => file.includes('.sqlite'))) {
    const bytes = readFileSync(join(dataDir, name));
    for (const trace of TRACES) {
      // What `strings` would find: SQLite stores text as UTF-8; UTF-16 checked as well to be sure.
      if (bytes.includes(Buffer.from(trace, 'utf8')) || bytes.includes(Buffer.from(trace, 'utf16le'))) found.push(`${trace} in ${name}`);
    }
  }
  return found;
}

async function personNamedEverywhere() {
  const core = await startTestCore();
  const edition = await createEdition(core);
  const field = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'Zusammenleben', shortCode: 'ZL' });
  const details = { firstName: FIRST, lastName: LAST, emails: [EMAIL], phones: [{ kind: 'work' as const, number: PHONE }], street: STREET, notes: NOTE };
  const person = await mustCall(core, 'contacts.create', details);
  // Earlier versions of the rows: each edit leaves the old record in freed space unless it is zeroed.
  for (const round of [1, 2, 3]) await mustCall(core, 'contacts.update', { id: person.id, ...details, notes: `${NOTE} Fassung ${round}`, city: `Hamburg ${round}` });

  const measure = await mustCall(core, 'measures.create', {
    editionId: edition.id,
    fieldOfActionId: field.id,
    title: 'Sprachcafé',
    lead: `Frau ${NAME}`,
    partners: `Elternverein (${EMAIL})`,
  });
  await mustCall(core, 'measures.addNote', { measureId: measure.id, notedOn: '2026-11-02', text: `Gespräch mit ${NAME}, Rückruf unter 040 5551234987` });
  const meeting = await mustCall(core, 'meetings.create', { kind: 'planning_workshop', startsAt: '2026-11-04T18:00', chairName: NAME });
  for (const round of [1, 2, 3]) {
    await mustCall(core, 'meetings.update', { id: meeting.id, kind: 'planning_workshop', startsAt: '2026-11-04T18:00', chairName: NAME, focusTopic: `Runde ${round} mit ${NAME}` });
  }
  await mustCall(core, 'attendance.addGuest', { meetingId: meeting.id, name: `Frau ${NAME}`, role: 'Elternverein' });
  const withItem = await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Bericht aus dem Elternverein' });
  const item = withItem.agenda[0]!;
  for (const round of [1, 2, 3]) {
    await mustCall(core, 'agenda.saveNotes', { id: item.id, notes: `${NAME} berichtet (Stand ${round}); erreichbar unter ${EMAIL}.` });
  }
  await mustCall(core, 'documents.saveAntrag', {
    editionId: edition.id,
    submittedOn: '2026-11-05',
    fraktionen: ['SPD'],
    subject: 'Sprachcafé fördern',
    signatories: [{ name: NAME, fraktion: 'SPD', role: 'Bezirksabgeordnete' }],
    measureIds: [measure.id],
  });
  return { core, person, measure, meeting };
}

describe('erasure without traces (DSGVO Art. 17)', () => {
  it('leaves nothing of the person in the data file, its WAL or any search index', async () => {
    const { core, person, measure, meeting } = await personNamedEverywhere();
    expect((await mustCall(core, 'measures.search', { text: LAST })).length).toBeGreaterThan(0);
    expect((await mustCall(core, 'contacts.list', { text: LAST })).total).toBe(1);

    expect(await core.dispatch('contacts.erase', { id: person.id })).toEqual({ ok: true, data: { erased: true, scrubbed: true } });

    for (const text of [LAST, FIRST, 'Quertyuiop', 'qwzx']) {
      expect(await mustCall(core, 'measures.search', { text })).toEqual([]);
      expect((await mustCall(core, 'contacts.list', { text })).total).toBe(0);
    }
    const [notes] = await core.database!.query<Array<{ notes: string }>>('SELECT notes FROM agenda_item');
    expect(notes!.notes).toBe('Person gelöscht berichtet (Stand 3); erreichbar unter Person gelöscht.');
    const erased = await mustCall(core, 'measures.get', { id: measure.id });
    expect(erased.lead).toBe('Person gelöscht');
    // A new version: a form opened before the erasure cannot save the name back (issue 19).
    expect(erased).toMatchObject({ version: measure.version + 1, updatedBy: '' });
    const stale = await core.dispatch('measures.update', { id: measure.id, version: measure.version, fieldOfActionId: measure.fieldOfActionId, title: measure.title, lead: measure.lead });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'measures.errors.changedMeanwhileUnnamed' } });
    expect((await mustCall(core, 'meetings.get', { id: meeting.id })).chairName).toBe('Person gelöscht');
    // The checkpoint after the commit emptied the WAL while the app still runs.
    const wal = join(core.dataDir, 'leitbild-werkstatt.sqlite-wal');
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    expect(tracesIn(core.dataDir)).toEqual([]);

    await core.close();
    expect(tracesIn(core.dataDir)).toEqual([]);
  });

  // SQLite's secure_delete and data file: there is no earlier version's file on a server.
  it.skipIf(testEngine === 'postgres')('also leaves no trace of rows edited by an earlier version, which did not zero freed space', async () => {
    const core = await startTestCore();
    // As an earlier version ran: old records of edited rows stay in freed space.
    await core.database!.query('PRAGMA secure_delete = OFF');
    const details = { firstName: FIRST, lastName: LAST, emails: [EMAIL], phones: [{ kind: 'work' as const, number: PHONE }], street: STREET, notes: NOTE };
    const person = await mustCall(core, 'contacts.create', details);
    for (const round of [1, 2, 3]) await mustCall(core, 'contacts.update', { id: person.id, ...details, notes: `${NOTE} ${'lang '.repeat(200 * round)}` });
    for (let i = 0; i < 30; i++) await mustCall(core, 'contacts.create', { firstName: 'Anna', lastName: `Schmidt ${i}`, notes: 'x'.repeat(500) });
    await core.database!.query('PRAGMA secure_delete = ON');
    await mustCall(core, 'contacts.erase', { id: person.id });
    expect(tracesIn(core.dataDir)).toEqual([]);
    await core.close();
    expect(tracesIn(core.dataDir)).toEqual([]);
  });

  it('lists a surname typed alone for a decision, and leaves it standing', async () => {
    const { core, person, meeting } = await personNamedEverywhere();
    await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: `Frage von Frau ${LAST}` });
    const preview = await mustCall(core, 'contacts.erasePreview', { id: person.id });
    expect(preview.surnameMentions).toEqual([
      { place: 'agendaItem', context: 'Planungswerkstatt (2026-11-04)', excerpt: `Frage von Frau ${LAST}`, measureId: null, meetingId: meeting.id },
    ]);
    expect(preview.surnameMentionTotal).toBe(1);
    await mustCall(core, 'contacts.erase', { id: person.id });
    const titles = await core.database!.query<Array<{ title: string }>>('SELECT title FROM agenda_item ORDER BY id');
    expect(titles.map((row) => row.title)).toEqual(['Bericht aus dem Elternverein', `Frage von Frau ${LAST}`]);
  });

  it('replaces the surname alone too when the person decided so in the dialog', async () => {
    const { core, person, meeting } = await personNamedEverywhere();
    await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: `Frage von Frau ${LAST}` });
    await mustCall(core, 'contacts.erase', { id: person.id, replaceSurnameMentions: true });
    const titles = await core.database!.query<Array<{ title: string }>>('SELECT title FROM agenda_item ORDER BY id');
    expect(titles.map((row) => row.title)).toEqual(['Bericht aus dem Elternverein', 'Frage von Person gelöscht']);
    await core.close();
    expect(tracesIn(core.dataDir)).toEqual([]);
  });
});
