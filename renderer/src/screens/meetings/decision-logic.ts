import type { AgendaMeasureDto, CallError, DecisionResult, MeasureStatus, MeetingKind, VoteDto } from '../../../../contract';
import { ALLOWED_TRANSITIONS } from '../../../../contract/lifecycle';

/**
 * What a result usually means for a linked measure, best guess first: the working group
 * recommends (angenommen → empfohlen), the Bezirksversammlung adopts (→ beschlossen), a rejection
 * rejects, a deferral defers. The first target the measure's status allows is preselected.
 */
const USUAL_TARGETS: Record<DecisionResult, readonly MeasureStatus[]> = {
  adopted: ['recommended', 'adopted', 'submitted', 'implementing'],
  adopted_with_changes: ['recommended', 'adopted', 'submitted', 'implementing'],
  rejected: ['rejected', 'discontinued'],
  deferred: ['deferred'],
  referred: [],
  noted: [],
};

/** The Bezirksversammlung adopts; other bodies recommend. */
const BV_TARGETS: Partial<Record<DecisionResult, readonly MeasureStatus[]>> = {
  adopted: ['adopted', 'implementing'],
  adopted_with_changes: ['adopted', 'implementing'],
};

export function suggestedStatus(measure: Pick<AgendaMeasureDto, 'status'>, result: DecisionResult, kind: MeetingKind): MeasureStatus | '' {
  const wanted = (kind === 'bv_session' ? BV_TARGETS[result] : undefined) ?? USUAL_TARGETS[result];
  return wanted.find((target) => ALLOWED_TRANSITIONS[measure.status].includes(target)) ?? '';
}

export type VoteMode = VoteDto['mode'];
export type FraktionChoice = 'for' | 'against' | 'abstain' | '';

export interface VoteDraft {
  readonly mode: VoteMode;
  readonly yes: string;
  readonly no: string;
  readonly abstain: string;
  readonly conflicted: string;
  /** Fraktion short name → how it voted. */
  readonly fraktionen: Readonly<Record<string, FraktionChoice>>;
}

export const emptyVote = (mode: VoteMode = 'counts'): VoteDraft => ({ mode, yes: '', no: '', abstain: '', conflicted: '', fraktionen: {} });

export function voteDraftOf(vote: VoteDto | undefined): VoteDraft {
  if (!vote) return emptyVote();
  switch (vote.mode) {
    case 'counts':
      return { ...emptyVote('counts'), yes: String(vote.yes), no: String(vote.no), abstain: String(vote.abstain), conflicted: vote.conflicted ? String(vote.conflicted) : '' };
    case 'fraktionen': {
      const fraktionen: Record<string, FraktionChoice> = {};
      for (const name of vote.for) fraktionen[name] = 'for';
      for (const name of vote.against) fraktionen[name] = 'against';
      for (const name of vote.abstain) fraktionen[name] = 'abstain';
      return { ...emptyVote('fraktionen'), fraktionen };
    }
    default:
      return emptyVote(vote.mode);
  }
}

const COUNT_FIELDS = ['yes', 'no', 'abstain', 'conflicted'] as const;

/** The draft as the contract's vote, or the fields that are wrong (reported at the field). */
export function buildVote(draft: VoteDraft): { vote: VoteDto } | { errors: { field: string; messageKey: string }[] } {
  switch (draft.mode) {
    case 'none':
    case 'unanimous':
      return { vote: { mode: draft.mode } };
    case 'counts': {
      const errors = COUNT_FIELDS.filter((field) => !/^\d{0,5}$/.test(draft[field].trim())).map((field) => ({ field, messageKey: 'meetings.decision.countInvalid' }));
      if (errors.length > 0) return { errors };
      const count = (field: (typeof COUNT_FIELDS)[number]) => Number(draft[field].trim() || '0');
      return { vote: { mode: 'counts', yes: count('yes'), no: count('no'), abstain: count('abstain'), conflicted: count('conflicted') } };
    }
    case 'fraktionen': {
      const pick = (choice: FraktionChoice) => Object.entries(draft.fraktionen).filter(([, value]) => value === choice).map(([name]) => name);
      const vote = { mode: 'fraktionen' as const, for: pick('for'), against: pick('against'), abstain: pick('abstain') };
      if (vote.for.length + vote.against.length + vote.abstain.length === 0) return { errors: [{ field: 'fraktionen', messageKey: 'meetings.decision.fraktionenRequired' }] };
      return { vote };
    }
  }
}

/** Votes cast in a counted vote (Befangene do not vote but are present). */
export const votesCast = (vote: VoteDto): number | null =>
  vote.mode === 'counts' ? vote.yes + vote.no + vote.abstain + vote.conflicted : null;

/**
 * The main side refuses counts that do not add up to those present unless confirmed. Its exact
 * key may vary; any refusal that names the vote mismatch (key or field) counts.
 */
export function isVoteMismatch(error: CallError): boolean {
  const named = (text: string) => /vote-?mismatch/i.test(text);
  return named(error.messageKey) || error.fields.some((field) => named(field.messageKey) || field.field === 'confirmVoteMismatch');
}
