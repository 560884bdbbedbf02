import validate from '@ooxml-tools/validate';
import type { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildAntrag } from './antrag/antrag-builder';
import { buildEdition } from './edition/edition-builder';
import { buildReport } from './report/report-builder';
import { pack } from './testing/docx-inspect';
import { edition, editionInput, measure, office, process, reportInput, tinyPng } from './testing/fixtures';
import { draftSachverhalt } from './antrag/sachverhalt-draft';

const kinds: Array<[string, () => Document]> = [
  [
    'Antrag',
    () =>
      buildAntrag({
        office,
        logo: tinyPng,
        edition,
        date: '2026-11-26',
        fraktionen: ['SPD', 'GRÜNE', 'CDU'],
        subject: 'Maßnahmen 2022–2024',
        sachverhalt: draftSachverhalt({ edition, process, measureCount: 2 }),
        measures: [measure(1, 'ZL-06'), measure(2, 'DS-05')],
        signatories: [],
        drucksache: '21-2433',
      }),
  ],
  ['Leitbild-Ausgabe', () => buildEdition(editionInput(3, 5, tinyPng))],
  ['Sachstandsbericht', () => buildReport(reportInput())],
];

/** The schema check Word's own SDK runs (Open XML SDK, Microsoft 365 rules): 0 errors for every kind. */
describe('Office Open XML schema validation', () => {
  it.each(kinds)('%s has no schema errors', async (_kind, build) => {
    const { buffer } = await pack(build());
    const errors = await validate(new Uint8Array(buffer), 'docx', 'Microsoft365');
    expect(errors.map((error) => `${error.path.partUri} ${error.path.xpath}: ${error.description}`)).toEqual([]);
  });
});
