import { describe, expect, it } from 'vitest';
import { antragHints, antragProblems } from './antrag-checks';

const fine = {
  date: '2022-05-24',
  workshopDate: '2021-09-25',
  measures: [{ code: 'ZL-06', statusOnDate: 'recommended' as const }],
  signers: [{ fraktion: 'SPD', name: 'Petra Albers' }],
};

describe('what an Antrag must hold on its date', () => {
  it('passes a dated Antrag of recommended measures signed for every Fraktion', () => {
    expect(antragProblems(fine)).toEqual([]);
  });

  it('names each problem at its field, in German, with the date', () => {
    expect(antragProblems({ ...fine, date: '2021-09-01' })).toEqual([
      { field: 'submittedOn', key: 'documents.antrag.errors.beforeWorkshop', params: { date: '01.09.2021', workshop: '25.09.2021' } },
    ]);
    expect(antragProblems({ ...fine, measures: [] })).toEqual([{ field: 'measureIds', key: 'documents.antrag.errors.noneRecommendedOn', params: { date: '24.05.2022' } }]);
    expect(
      antragProblems({
        ...fine,
        measures: [
          { code: 'ZL-06', statusOnDate: 'recommended' },
          { code: 'DS-05', statusOnDate: 'in_review' },
          { code: 'BI-01', statusOnDate: null },
        ],
      }).map((problem) => [problem.field, problem.key]),
    ).toEqual([
      ['measureIds.1', 'documents.antrag.errors.notRecommendedOn'],
      ['measureIds.2', 'documents.antrag.errors.notYetOn'],
    ]);
    expect(antragProblems({ ...fine, signers: [{ fraktion: 'SPD', name: 'Petra Albers' }, { fraktion: 'CDU', name: ' ' }] })).toEqual([
      { field: 'chair.1', key: 'documents.antrag.errors.noChairOn', params: { fraktion: 'CDU', date: '24.05.2022' } },
    ]);
  });
});

describe('hints an Antrag may still carry', () => {
  it('names a date after the edition\'s period, and says nothing while the date is half typed or empty', () => {
    expect(antragHints({ date: '2026-12-07', periodFrom: 2022, periodTo: 2024 })).toEqual([
      { field: 'submittedOn', key: 'documents.antrag.hints.periodOver', params: { date: '07.12.2026', period: '2022–2024' } },
    ]);
    expect(antragHints({ date: '2024-06-30', periodFrom: 2022, periodTo: 2024 })).toEqual([]);
    for (const typing of ['', '2026', '07.12.2', '31.02.2026']) expect(antragHints({ date: typing, periodFrom: 2022, periodTo: 2024 })).toEqual([]);
  });
});
