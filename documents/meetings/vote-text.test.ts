import { describe, expect, it } from 'vitest';
import { voteTextOf } from './vote-text';

describe('vote texts', () => {
  it('writes votes as minutes do', () => {
    expect(voteTextOf({ mode: 'none' })).toBe('');
    expect(voteTextOf({ mode: 'unanimous' })).toBe('einstimmig');
    expect(voteTextOf({ mode: 'counts', yes: 5, no: 1, abstain: 1, conflicted: 0 })).toBe('5 Ja, 1 Nein, 1 Enthaltung');
    expect(voteTextOf({ mode: 'counts', yes: 4, no: 0, abstain: 2, conflicted: 1 })).toBe('4 Ja, 0 Nein, 2 Enthaltungen, 1 befangen');
    expect(voteTextOf({ mode: 'fraktionen', for: ['SPD', 'GRÜNE'], against: ['CDU'], abstain: ['FDP'] })).toBe('SPD, GRÜNE gegen CDU bei Enthaltung FDP');
    expect(voteTextOf({ mode: 'fraktionen', for: ['SPD', 'GRÜNE', 'CDU'], against: [], abstain: [] })).toBe('mit den Stimmen von SPD, GRÜNE, CDU');
    expect(voteTextOf({ mode: 'fraktionen', for: [], against: ['AfD'], abstain: ['FDP'] })).toBe('gegen die Stimmen von AfD bei Enthaltung FDP');
  });
});
