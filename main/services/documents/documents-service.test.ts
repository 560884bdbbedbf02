import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../core/app-core';
import { callOn, createEdition, mustCall } from '../../../test-support/core';
import { demoCore } from '../../../test-support/demo-fixture';
import { dayFromToday } from '../../../test-support/calendar';

const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const codesOf = (measures: ReadonlyArray<{ code: string }>) => measures.map((measure) => measure.code);
const idsByCode = async (core: AppCore, editionId: number) =>
  new Map((await mustCall(core, 'measures.list', { editionId })).rows.map((row) => [row.code, row]));

describe('records for the Antrag', () => {
  it('takes the recommended measures by default, the district settings, and drafts the Sachverhalt from the history', async () => {
    const { core, editionId } = await demoCore();
    const draft = await mustCall(core, 'documents.antragDraft', { editionId });
    expect(codesOf(draft.measures)).toEqual(['ZL-06', 'DS-05', 'AB-06', 'AD-04', 'EA-05']);
    expect(draft.measures.every((measure) => measure.status === 'recommended')).toBe(true);
    expect(draft.office).toEqual({
      districtName: 'Bezirksamt Harburg',
      officeName: 'Fachamt Sozialraummanagement',
      officeAddress: 'Harburger Ring 33\n21073 Hamburg',
      officePhone: '040 428 71-0',
      officeEmail: 'sozialraummanagement@harburg.hamburg.de',
    });
    expect(draft.process.workshop).toMatchObject({ date: '2021-09-25', online: true });
    expect(draft.process.agSessions).toEqual(['2021-11-17', '2022-01-26', '2022-03-16', '2022-05-04']);
    expect(draft.process.agVotes).toMatchObject({ rejected: 2, deferred: 2 });
    expect(draft.sachverhalt).toContain('Am 25. September 2021 fand online die Planungswerkstatt');
    expect(draft.sachverhalt).toContain('in vier Sitzungen (17. November 2021, 26. Januar 2022, 16. März 2022 und 4. Mai 2022)');
    // Today five of the 28 recommended are still to be moved, and the draft says so.
    expect(draft.sachverhalt).toContain('fünf der 28 empfohlenen Maßnahmen');
    expect(draft.conventions).toMatchObject({ petitumLabel: 'Petitum/Beschluss:', actingBody: 'Die Bezirksamtsleitung' });
    expect(draft.subject).toBe('Leitbild „Zusammenleben in Vielfalt“: Maßnahmen für 2022–2024');
    expect(draft.logo).toBeNull();
    expect(draft.fraktionen.map((entry) => entry.fraktion)).toEqual(['CDU', 'FDP', 'GRÜNE', 'LINKE', 'SPD']);
    expect(draft.fraktionen.every((entry) => entry.chair !== '')).toBe(true);
  });

  it('offers each Fraktion with today\'s chair only: not a former one, not an erased one', async () => {
    const { core, editionId } = await demoCore();
    const fraktion = await mustCall(core, 'bodies.create', { name: 'Fraktion Volt', kind: 'fraktion', shortName: 'Volt' });
    const former = await mustCall(core, 'contacts.create', { firstName: 'Jana', lastName: 'Früher' });
    const today = await mustCall(core, 'contacts.create', { title: 'Dr.', firstName: 'Emre', lastName: 'Aydın' });
    await mustCall(core, 'memberships.create', { contactId: former.id, bodyId: fraktion.id, role: 'chair', from: '2019-01-01', to: '2020-12-31' });
    await mustCall(core, 'memberships.create', { contactId: today.id, bodyId: fraktion.id, role: 'chair', from: '2021-01-01' });
    const chairOf = async () => (await mustCall(core, 'documents.antragDraft', { editionId })).fraktionen.find((entry) => entry.fraktion === 'Volt')?.chair;
    expect(await chairOf()).toBe('Dr. Emre Aydın');
    await mustCall(core, 'contacts.erase', { id: today.id });
    expect(await chairOf()).toBe('');
  });

  it('takes chosen measures in petitum order and refuses one of another edition at its position', async () => {
    const { core, editionId } = await demoCore();
    const byCode = await idsByCode(core, editionId);
    const chosen = await mustCall(core, 'documents.antragDraft', { editionId, measureIds: [byCode.get('EA-05')!.id, byCode.get('ZL-06')!.id] });
    expect(codesOf(chosen.measures)).toEqual(['ZL-06', 'EA-05']);

    const other = await createEdition(core, 'Andere Ausgabe', 2025, 2027);
    const field = await mustCall(core, 'fieldsOfAction.create', { editionId: other.id, name: 'Sport' });
    const foreign = await mustCall(core, 'measures.create', { editionId: other.id, fieldOfActionId: field.id, title: 'Fremde Maßnahme' });
    const refused = await callOn(core, 'documents.antragDraft', { editionId, measureIds: [byCode.get('ZL-06')!.id, foreign.id] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', messageKey: 'documents.errors.measureOtherEdition', fields: [{ field: 'measureIds.1' }] } });
    const missing = await callOn(core, 'documents.antragDraft', { editionId, measureIds: [99_999] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', fields: [{ field: 'measureIds.0', messageKey: 'documents.errors.measureNotFound' }] } });
    const noEdition = await callOn(core, 'documents.antragDraft', { editionId: 99_999 });
    expect(noEdition).toMatchObject({ ok: false, error: { code: 'not-found', messageKey: 'documents.errors.editionNotFound', fields: [{ field: 'editionId' }] } });
  });
});

describe('records for the Leitbild edition', () => {
  it('holds the texts, every field with only its adopted measures, and the process with its dates', async () => {
    const { core, editionId } = await demoCore();
    const data = await mustCall(core, 'documents.editionData', { editionId });
    expect(data.edition).toMatchObject({ title: 'Zusammenleben in Vielfalt', periodFrom: 2022, periodTo: 2024, adoptedOn: '2022-06-28', drucksache: '21-2519' });
    expect(data.edition.guidelines.map((guideline) => guideline.title)).toContain('Sprache als Schlüssel');
    expect(data.fields.map((field) => field.name)).toEqual(['Zusammenleben in Harburg', 'Deutsch als Sprache', 'Arbeit und Bildung', 'Antidiskriminierung', 'Ehrenamt']);
    const measures = data.fields.flatMap((field) => field.measures);
    expect(new Set(measures.map((measure) => measure.status))).toEqual(new Set(['adopted', 'implementing', 'completed', 'continued']));
    expect(codesOf(data.fields[0]!.measures)).toEqual(['ZL-01', 'ZL-02', 'ZL-03', 'ZL-04', 'ZL-05']);
    expect(data.measureCount).toBe(40);
    expect(data.process.motion).toEqual({ date: '2022-05-24', drucksache: '21-2433', fraktionen: [] });
    expect(data.process.adoption).toEqual({ date: '2022-06-28', drucksache: '21-2519' });
  });
});

describe('records for the Sachstandsbericht', () => {
  it('shows each measure in the status it had on the chosen date, with notes up to that date', async () => {
    const { core, editionId } = await demoCore();
    const before = await mustCall(core, 'documents.reportData', { editionId, asOf: '2022-05-10' });
    const statusesThen = new Set(before.fields.flatMap((field) => field.measures.map((measure) => measure.status)));
    expect(statusesThen).toEqual(new Set(['proposed', 'in_review', 'recommended', 'rejected', 'deferred']));
    expect(before.fields.flatMap((field) => field.measures).every((measure) => measure.notes.length === 0)).toBe(true);
    const zl01Then = before.fields[0]!.measures.find((measure) => measure.code === 'ZL-01')!;
    expect(zl01Then).toMatchObject({ status: 'recommended', statusSince: '2022-03-16' });

    const today = dayFromToday(0);
    const now = await mustCall(core, 'documents.reportData', { editionId, asOf: '2099-12-31' });
    const zl01 = now.fields[0]!.measures.find((measure) => measure.code === 'ZL-01')!;
    expect(zl01).toMatchObject({ status: 'implementing', statusSince: '2022-09-01' });
    expect(zl01.notes).toHaveLength(1);
    expect(zl01.notes[0]!.text).toContain('900 Gästen');
    expect(zl01.notes[0]!.notedOn <= today).toBe(true);

    const beforeWorkshop = await mustCall(core, 'documents.reportData', { editionId, asOf: '2021-01-01' });
    expect(beforeWorkshop.fields.every((field) => field.measures.length === 0)).toBe(true);
  });
});

describe('recording the Antrag', () => {
  const antrag = (editionId: number, measureIds: number[], extra: Record<string, unknown> = {}) => ({
    editionId,
    submittedOn: '2026-11-26',
    fraktionen: ['SPD', 'GRÜNE', 'CDU'],
    subject: 'Neue Maßnahmen',
    sachverhalt: 'Text',
    signatories: [{ name: 'Petra Albers', fraktion: 'SPD', role: 'Fraktionsvorsitzende' }],
    measureIds,
    ...extra,
  });

  it('records date, Fraktionen, subject and measures, and moves the measures to "beantragt" in one go', async () => {
    const { core, editionId } = await demoCore();
    const recommended = (await mustCall(core, 'documents.antragDraft', { editionId })).measures.map((measure) => measure.id);
    const saved = await mustCall(core, 'documents.saveAntrag', { ...antrag(editionId, recommended), drucksache: '21-3001', markSubmitted: true });
    expect(saved).toMatchObject({ editionId, submittedOn: '2026-11-26', fraktionen: ['SPD', 'GRÜNE', 'CDU'], subject: 'Neue Maßnahmen', drucksache: '21-3001', measureIds: recommended });
    expect(await mustCall(core, 'documents.listMotions', { editionId })).toEqual([saved]);
    const measure = await mustCall(core, 'measures.get', { id: recommended[0]! });
    expect(measure.status).toBe('submitted');
    expect(measure.history.at(-1)).toMatchObject({
      fromStatus: 'recommended',
      toStatus: 'submitted',
      changedOn: '2026-11-26',
      drucksache: '21-3001',
      reason: 'Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion: Neue Maßnahmen',
    });
    const process = (await mustCall(core, 'documents.editionData', { editionId })).process;
    expect(process.motion).toEqual({ date: '2026-11-26', drucksache: '21-3001', fraktionen: ['SPD', 'GRÜNE', 'CDU'] });
  });

  it('records without moving the measures when not asked to', async () => {
    const { core, editionId } = await demoCore();
    const byCode = await idsByCode(core, editionId);
    await mustCall(core, 'documents.saveAntrag', antrag(editionId, [byCode.get('ZL-01')!.id]));
    expect((await mustCall(core, 'measures.get', { id: byCode.get('ZL-01')!.id })).status).toBe('implementing');
  });

  it('refuses the whole motion when one measure may not become "beantragt", and leaves everything as it was', async () => {
    const { core, editionId } = await demoCore();
    const byCode = await idsByCode(core, editionId);
    const snapshot = async () => ({
      motions: await core.database!.query('SELECT * FROM motion'),
      links: await core.database!.query('SELECT * FROM motion_measure'),
      measures: await core.database!.query('SELECT id, status, updated_at FROM measure ORDER BY id'),
      history: await core.database!.query('SELECT COUNT(*) AS n FROM status_change'),
    });
    const before = await snapshot();
    const ids = ['ZL-06', 'DS-05', 'ZL-01', 'AB-06'].map((code) => byCode.get(code)!.id);
    const result = await callOn(core, 'documents.saveAntrag', { ...antrag(editionId, ids), markSubmitted: true });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'rejected', messageKey: 'documents.errors.notSubmittable', params: { code: 'ZL-01' }, fields: [{ field: 'measureIds.2', messageKey: 'documents.errors.notSubmittable' }] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('answers bad input with a message key at the field', async () => {
    const { core, editionId } = await demoCore();
    const id = (await idsByCode(core, editionId)).get('ZL-06')!.id;
    const fieldsOf = async (input: Record<string, unknown>) => {
      const result = await core.dispatch('documents.saveAntrag', input);
      return result.ok ? [] : result.error.fields.map(({ field, messageKey }) => ({ field, messageKey }));
    };
    expect(await fieldsOf(antrag(editionId, [id], { fraktionen: [] }))).toEqual([{ field: 'fraktionen', messageKey: 'validation.tooFewItems' }]);
    expect(await fieldsOf(antrag(editionId, [id], { fraktionen: ['SPD', ' '] }))).toEqual([{ field: 'fraktionen.1', messageKey: 'validation.required' }]);
    expect(await fieldsOf(antrag(editionId, [id], { submittedOn: '26.11.2026' }))).toEqual([{ field: 'submittedOn', messageKey: 'validation.date' }]);
    expect(await fieldsOf(antrag(editionId, [id], { drucksache: 'Nr. 5' }))).toEqual([{ field: 'drucksache', messageKey: 'validation.drucksache' }]);
    expect(await fieldsOf(antrag(editionId, [id], { subject: '' }))).toEqual([{ field: 'subject', messageKey: 'validation.required' }]);
    expect(await fieldsOf(antrag(editionId, []))).toEqual([{ field: 'measureIds', messageKey: 'validation.tooFewItems' }]);
    expect(await fieldsOf(antrag(editionId, [id], { signatories: [{ name: '' }] }))).toEqual([{ field: 'signatories.0.name', messageKey: 'validation.required' }]);
    expect(await fieldsOf(antrag(editionId, [id], { fraktionen: ['SPD', 'spd'] }))).toEqual([{ field: 'fraktionen.1', messageKey: 'documents.errors.fraktionTwice' }]);
    expect(await fieldsOf(antrag(editionId, [id, id]))).toEqual([{ field: 'measureIds.1', messageKey: 'documents.errors.measureTwice' }]);
    expect(await fieldsOf(antrag(99_999, [id]))).toEqual([{ field: 'editionId', messageKey: 'documents.errors.editionNotFound' }]);
    expect(await core.database!.query('SELECT * FROM motion')).toEqual([]);
  });
});

describe('the logo for the documents', () => {
  it('is stored with the data, checked on the way in, and handed to every document', async () => {
    const { core, editionId } = await demoCore();
    expect(await mustCall(core, 'documents.getLogo', {})).toEqual({ logo: null });
    await mustCall(core, 'documents.setLogo', { logo: { type: 'png', base64: TINY_PNG } });
    expect(await mustCall(core, 'documents.getLogo', {})).toEqual({ logo: { type: 'png', base64: TINY_PNG } });
    expect((await mustCall(core, 'documents.editionData', { editionId })).logo).toEqual({ type: 'png', base64: TINY_PNG });
    expect((await mustCall(core, 'settings.get', {})).districtName).toBe('Bezirksamt Harburg');

    const wrongType = await callOn(core, 'documents.setLogo', { logo: { type: 'jpg', base64: TINY_PNG } });
    expect(wrongType).toMatchObject({ ok: false, error: { messageKey: 'documents.errors.logoInvalid', fields: [{ field: 'logo' }] } });
    const notAnImage = await callOn(core, 'documents.setLogo', { logo: { type: 'png', base64: Buffer.from('<svg/>').toString('base64') } });
    expect(notAnImage).toMatchObject({ ok: false, error: { messageKey: 'documents.errors.logoInvalid' } });
    const tooLarge = await callOn(core, 'documents.setLogo', { logo: { type: 'png', base64: Buffer.alloc(1_000_100).toString('base64') } });
    expect(tooLarge).toMatchObject({ ok: false, error: { messageKey: 'documents.errors.logoTooLarge', fields: [{ field: 'logo' }] } });

    await mustCall(core, 'documents.setLogo', { logo: null });
    expect(await mustCall(core, 'documents.getLogo', {})).toEqual({ logo: null });
  });
});
