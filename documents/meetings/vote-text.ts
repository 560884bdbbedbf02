import type { VoteDto } from '../../contract/meetings';
import { joinGerman } from '../engine';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The vote as minutes write it, for decisions saved without a `voteText`: "einstimmig",
 * "5 Ja, 1 Nein, 1 Enthaltung", "SPD und GRÜNE gegen CDU bei Enthaltung FDP".
 */
export function voteTextOf(vote: VoteDto): string {
  switch (vote.mode) {
    case 'none':
      return '';
    case 'unanimous':
      return 'einstimmig';
    case 'counts': {
      const parts = [`${vote.yes} Ja`, `${vote.no} Nein`, plural(vote.abstain, 'Enthaltung', 'Enthaltungen')];
      if (vote.conflicted > 0) parts.push(`${vote.conflicted} wegen Befangenheit nicht beteiligt`);
      return parts.join(', ');
    }
    case 'fraktionen': {
      const text = [joinGerman(vote.for), vote.against.length ? `gegen ${joinGerman(vote.against)}` : ''].filter(Boolean).join(' ');
      return vote.abstain.length ? `${text} bei Enthaltung ${joinGerman(vote.abstain)}` : text;
    }
  }
}
