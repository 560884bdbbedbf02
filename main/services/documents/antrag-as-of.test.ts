import { Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { mustCall } from '../../../test-support/core';
import { paragraphTexts } from '../../../documents/testing/docx-inspect';
import { demoCore } from '../../../test-support/demo-fixture';
import { buildDocumentOfKind } from '../../demo/sample-set';

const codesOf = (measures: ReadonlyArray<{ code: string }>) => measures.map((measure) => measure.code);

async function textOf(document: Parameters<typeof Packer.toBuffer>[0]): Promise<string[]> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  return paragraphTexts(await zip.file('word/document.xml')!.async('string'));
}

describe('the Antrag as of its date', () => {
  it('counts, lists and signs as the records stood on the day it was filed (the demo motion of 24.05.2022)', async () => {
    const { core, editionId } = await demoCore();
    const draft = await mustCall(core, 'documents.antragDraft', { editionId, asOf: '2022-05-24' });
    // The day's own step to "beantragt" is this motion's doing: the measures read as recommended.
    expect(draft.measures.length).toBe(draft.process.agVotes.recommended);
    expect(draft.measures.every((measure) => measure.statusOnDate === 'recommended')).toBe(true);
    expect(draft.sachverhalt).toContain(`die ${draft.measures.length} empfohlenen Maßnahmen`);
    expect(draft.fraktionen.filter((entry) => ['SPD', 'GRÜNE', 'CDU'].includes(entry.fraktion)).every((entry) => entry.chair !== '')).toBe(true);
  });

  it('leaves out a measure recommended after the date, in the list and in every count', async () => {
    const { core, editionId } = await demoCore();
    const rows = (await mustCall(core, 'measures.list', { editionId })).rows;
    const proposed = rows.find((row) => row.status === 'proposed' || row.status === 'in_review')!;
    if (proposed.status === 'proposed') await mustCall(core, 'measures.changeStatus', { measureIds: [proposed.id], toStatus: 'in_review', changedOn: '2026-12-01', reason: '' });
    await mustCall(core, 'measures.changeStatus', { measureIds: [proposed.id], toStatus: 'recommended', changedOn: '2026-12-02', reason: '' });

    const before = await mustCall(core, 'documents.antragDraft', { editionId, asOf: '2026-12-01' });
    const after = await mustCall(core, 'documents.antragDraft', { editionId, asOf: '2026-12-02' });
    expect(codesOf(before.measures)).not.toContain(proposed.code);
    expect(codesOf(after.measures)).toContain(proposed.code);
    expect(after.measures.length).toBe(before.measures.length + 1);
    expect(after.process.agVotes.recommended).toBe(before.process.agVotes.recommended + 1);
    // Chosen by hand for the earlier date, it is named as not yet recommended then.
    const chosen = await mustCall(core, 'documents.antragDraft', { editionId, asOf: '2026-12-01', measureIds: [proposed.id] });
    expect(chosen.measures[0]).toMatchObject({ code: proposed.code, statusOnDate: 'in_review' });
  });

  it('builds the joint Antrag signed by the chairs, its Sachverhalt agreeing with its Petitum', async () => {
    const { core, editionId } = await demoCore();
    const { document } = await buildDocumentOfKind(core.dispatch, 'antrag', editionId, '2026-12-06', { fraktionen: ['SPD', 'CDU'], date: '2022-05-24' });
    const texts = await textOf(document);
    const text = texts.join('\n');
    expect(texts).toContain('Gemeinsamer Antrag der SPD-Fraktion und der CDU-Fraktion');
    expect(texts).toContain('Petitum/Beschluss:');
    expect(text).toContain('Die Bezirksamtsleitung wird gebeten, die Umsetzung dieser Maßnahmen zu veranlassen');
    const listed = /Die folgenden (\d+) Maßnahmen werden/.exec(text)![1];
    expect(text).toContain(`soll die Bezirksversammlung die ${listed} empfohlenen Maßnahmen`);
    expect(text).toContain(`wurden ${listed} zur Umsetzung empfohlen`);
    const draft = await mustCall(core, 'documents.antragDraft', { editionId, asOf: '2022-05-24' });
    for (const fraktion of ['SPD', 'CDU']) {
      const chair = draft.fraktionen.find((entry) => entry.fraktion === fraktion)!.chair;
      expect(texts).toEqual(expect.arrayContaining([`Für die ${fraktion}-Fraktion`, chair]));
    }
  });

  it('refuses with a German message: before the workshop, no recommended measure, a Fraktion without a chair', async () => {
    const { core, editionId } = await demoCore();
    const build = (date: string, fraktionen = ['SPD']) => buildDocumentOfKind(core.dispatch, 'antrag', editionId, date, { fraktionen, date });
    await expect(build('2021-01-01')).rejects.toMatchObject({ messageKey: 'documents.antrag.errors.beforeWorkshop', options: { field: 'submittedOn' } });
    // Before the working group recommended anything.
    await expect(build('2021-10-01')).rejects.toMatchObject({ messageKey: 'documents.antrag.errors.noneRecommendedOn', options: { params: { date: '01.10.2021' } } });
    await mustCall(core, 'bodies.create', { name: 'Fraktion Volt', kind: 'fraktion', shortName: 'Volt' });
    await expect(build('2022-05-24', ['SPD', 'Volt'])).rejects.toMatchObject({
      messageKey: 'documents.antrag.errors.noChairOn',
      options: { field: 'chair.1', params: { fraktion: 'Volt', date: '24.05.2022' } },
    });
  });
});
