import type { VoteDto } from '../../contract/meetings';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const list = (names: readonly string[]) => names.join(', ');

/**
 * The vote as the record writes it, the one wording for the app, its history and the minutes:
 * "einstimmig", "5 Ja, 2 Nein, 1 Enthaltung, 1 befangen", "SPD, GRÜNE gegen CDU bei Enthaltung
 * FDP", "mit den Stimmen von SPD, GRÜNE" (no one against).
 */
export function voteTextOf(vote: VoteDto): string {
  switch (vote.mode) {
    case 'none':
      return '';
    case 'unanimous':
      return 'einstimmig';
    case 'counts': {
      const parts = [`${vote.yes} Ja`, `${vote.no} Nein`, plural(vote.abstain, 'Enthaltung', 'Enthaltungen')];
      if (vote.conflicted > 0) parts.push(`${vote.conflicted} befangen`);
      return parts.join(', ');
    }
    case 'fraktionen': {
      const parts: string[] = [];
      if (vote.for.length) parts.push(vote.against.length ? list(vote.for) : `mit den Stimmen von ${list(vote.for)}`);
      if (vote.against.length) parts.push(vote.for.length ? `gegen ${list(vote.against)}` : `gegen die Stimmen von ${list(vote.against)}`);
      if (vote.abstain.length) parts.push(`bei Enthaltung ${list(vote.abstain)}`);
      return parts.join(' ');
    }
  }
}
