import { describe, expect, it } from 'vitest';
import { buildVote, emptyVote, isVoteMismatch, suggestedStatus } from './decision-logic';
import type { AgendaItemDto } from '../../../../contract';
import { agendaNodes } from './agenda-tree';

describe('suggestedStatus', () => {
  it('follows the result in the working group: angenommen → empfohlen, abgelehnt → abgelehnt, vertagt → zurückgestellt', () => {
    expect(suggestedStatus({ status: 'in_review' }, 'adopted', 'ag_session')).toBe('recommended');
    expect(suggestedStatus({ status: 'in_review' }, 'rejected', 'ag_session')).toBe('rejected');
    expect(suggestedStatus({ status: 'in_review' }, 'deferred', 'ag_session')).toBe('deferred');
    expect(suggestedStatus({ status: 'in_review' }, 'noted', 'ag_session')).toBe('');
  });

  it('lets the Bezirksversammlung adopt a submitted measure and offers nothing the lifecycle forbids', () => {
    expect(suggestedStatus({ status: 'submitted' }, 'adopted', 'bv_session')).toBe('adopted');
    expect(suggestedStatus({ status: 'submitted' }, 'rejected', 'bv_session')).toBe('rejected');
    expect(suggestedStatus({ status: 'completed' }, 'adopted', 'bv_session')).toBe('');
  });
});

describe('buildVote', () => {
  it('reads counts (empty = 0) and reports a wrong one at its field', () => {
    expect(buildVote({ ...emptyVote('counts'), yes: '5', no: '2' })).toEqual({ vote: { mode: 'counts', yes: 5, no: 2, abstain: 0, conflicted: 0 } });
    expect(buildVote({ ...emptyVote('counts'), yes: '-1' })).toEqual({ errors: [{ field: 'yes', messageKey: 'meetings.decision.countInvalid' }] });
  });

  it('groups Fraktionen and needs at least one', () => {
    expect(buildVote({ ...emptyVote('fraktionen'), fraktionen: { SPD: 'for', CDU: 'against', FDP: 'abstain', LINKE: '' } })).toEqual({
      vote: { mode: 'fraktionen', for: ['SPD'], against: ['CDU'], abstain: ['FDP'] },
    });
    expect(buildVote(emptyVote('fraktionen'))).toEqual({ errors: [{ field: 'fraktionen', messageKey: 'meetings.decision.fraktionenRequired' }] });
  });
});

describe('isVoteMismatch', () => {
  it('recognises the refusal by key or field', () => {
    expect(isVoteMismatch({ code: 'rejected', messageKey: 'meetings.errors.voteMismatch', fields: [] })).toBe(true);
    expect(isVoteMismatch({ code: 'rejected', messageKey: 'errors.x', fields: [{ field: 'confirmVoteMismatch', messageKey: 'x' }] })).toBe(true);
    expect(isVoteMismatch({ code: 'rejected', messageKey: 'meetings.errors.locked', fields: [] })).toBe(false);
  });
});

describe('agendaNodes', () => {
  const item = (id: number, number: string, position: number, parentId: number | null): AgendaItemDto => ({
    id,
    parentId,
    number,
    position,
    title: '',
    public: true,
    standard: null,
    notes: '',
    papers: [],
    measures: [],
    decision: null,
  });

  it('gives levels and places among siblings from the parent the main side names, whatever the numbers say', () => {
    const nodes = agendaNodes([item(1, 'Ö 6', 0, null), item(2, 'Ö 6.1', 1, 1), item(3, '6.1.1', 2, 2), item(4, 'Ö 6.2', 3, 1), item(5, '7', 4, null)]);
    expect(nodes.map((node) => [node.item.id, node.level, node.parentId, node.indexAmongSiblings, node.siblingCount])).toEqual([
      [1, 0, null, 0, 2],
      [2, 1, 1, 0, 2],
      [3, 2, 2, 0, 1],
      [4, 1, 1, 1, 2],
      [5, 0, null, 1, 2],
    ]);
  });
});
