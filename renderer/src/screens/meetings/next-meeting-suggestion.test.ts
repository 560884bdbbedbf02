import { describe, expect, it } from 'vitest';
import type { MeetingRowDto } from '../../../../contract';
import { suggestionFrom } from './next-meeting-suggestion';

const row = (id: number, number: number | null, startsAt: string, endsAt: string | null, place: string): MeetingRowDto => ({
  id,
  kind: 'council_meeting',
  bodyId: 1,
  bodyName: 'Harburger Integrationsrat',
  number,
  title: number === null ? 'Sondersitzung' : `${number}. Sitzung – Harburger Integrationsrat`,
  givenTitle: number === null ? 'Sondersitzung' : '',
  startsAt,
  endsAt,
  place,
  state: 'held',
  agendaItemCount: 0,
  openActionItemCount: 0,
});

describe('the next meeting of a body', () => {
  it('takes the highest number plus one, and place and times of the latest meeting', () => {
    const latest = row(3, null, '2026-10-30T17:00', null, 'Bürgerhaus');
    expect(suggestionFrom({ latest, highestNumber: 12 })).toEqual({
      basis: latest,
      values: { number: '13', place: 'Bürgerhaus', startTime: '17:00', endTime: '' },
    });
    expect(suggestionFrom({ latest: row(2, 12, '2026-10-22T18:30', '2026-10-22T20:30', 'Rathaus, Raum 200'), highestNumber: 12 })?.values).toEqual({
      number: '13',
      place: 'Rathaus, Raum 200',
      startTime: '18:30',
      endTime: '20:30',
    });
  });

  it('suggests nothing for a body without meetings, and no number when none was numbered', () => {
    expect(suggestionFrom({ latest: null, highestNumber: null })).toBeNull();
    expect(suggestionFrom({ latest: row(1, null, '2026-06-11T18:00', null, ''), highestNumber: null })?.values.number).toBe('');
  });
});
