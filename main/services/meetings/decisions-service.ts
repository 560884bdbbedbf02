import type { EntityManager } from 'typeorm';
import type { ParsedInput } from '../../../contract';
import type { AttendanceStatus, MeetingDto, VoteDto } from '../../../contract/meetings';
import type { AppDatabase } from '../../../database/app-database';
import { DecisionEntity, MeasureEntity, type Decision } from '../../../database/entities';
import { DomainError } from '../domain-error';
import type { MeasureHistory } from '../measures/measure-history';
import { nowIso } from '../text-compare';
import { editableItem } from './meeting-guard';
import { bodyNames, countsOf, loadMeeting } from './meeting-read';
import { dayOf, decisionReason } from './meeting-text';

type VoteColumns = Pick<Decision, 'voteMode' | 'votesYes' | 'votesNo' | 'votesAbstain' | 'votesConflicted' | 'fraktionenFor' | 'fraktionenAgainst' | 'fraktionenAbstain'>;

export function voteColumns(vote: VoteDto): VoteColumns {
  const none = { votesYes: null, votesNo: null, votesAbstain: null, votesConflicted: null, fraktionenFor: '[]', fraktionenAgainst: '[]', fraktionenAbstain: '[]' };
  switch (vote.mode) {
    case 'none':
    case 'unanimous':
      return { voteMode: vote.mode, ...none };
    case 'counts':
      return { ...none, voteMode: 'counts', votesYes: vote.yes, votesNo: vote.no, votesAbstain: vote.abstain, votesConflicted: vote.conflicted };
    case 'fraktionen':
      return {
        ...none,
        voteMode: 'fraktionen',
        fraktionenFor: JSON.stringify(vote.for),
        fraktionenAgainst: JSON.stringify(vote.against),
        fraktionenAbstain: JSON.stringify(vote.abstain),
      };
  }
}

/** A Fraktion votes one way: the same name in two groups is a typing slip. */
function assertFraktionenOnce(vote: VoteDto): void {
  if (vote.mode !== 'fraktionen') return;
  const names = [...vote.for, ...vote.against, ...vote.abstain].map((name) => name.toLocaleUpperCase('de'));
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) throw new DomainError('meetingErrors.fraktionTwice', { field: 'vote', params: { fraktion: twice } });
}

/**
 * A vote by Fraktion names every Fraktion in the room: "SPD, GRÜNE gegen CDU" while LINKE sat
 * there says nothing of how LINKE voted. Fraktionen of members and deputies marked present count.
 */
async function assertEveryFraktionNamed(manager: EntityManager, meetingId: number, vote: VoteDto): Promise<void> {
  if (vote.mode !== 'fraktionen') return;
  const rows: Array<{ fraktion: string }> = await manager.query(
    `SELECT DISTINCT fraktion FROM attendance WHERE meeting_id = ? AND status = 'present' AND guest = 0 AND fraktion <> '' ORDER BY fraktion`,
    [meetingId],
  );
  const named = new Set([...vote.for, ...vote.against, ...vote.abstain].map((name) => name.toLocaleUpperCase('de')));
  const missing = rows.map((row) => row.fraktion).filter((fraktion) => !named.has(fraktion.toLocaleUpperCase('de')));
  if (missing.length) throw new DomainError('meetingErrors.fraktionNotNamed', { field: 'vote', params: { fraktionen: missing.join(', ') } });
}

/** Decisions (Beschlüsse) with their vote, and the status changes of the linked measures they make. */
export class DecisionsService {
  constructor(
    private readonly db: AppDatabase,
    private readonly history: MeasureHistory,
  ) {}

  /**
   * One transaction: the decision row and every measure effect, or nothing. Effects already
   * made by this decision (a re-save) are skipped, so no measure moves twice.
   */
  save(input: ParsedInput<'decisions.save'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const { item, meeting } = await editableItem(manager, input.agendaItemId);
      assertFraktionenOnce(input.vote);
      await assertEveryFraktionNamed(manager, meeting.id, input.vote);
      const mismatch = await this.voteMismatch(manager, meeting.id, input.vote);
      if (mismatch && !input.confirmVoteMismatch) {
        throw new DomainError('meetingErrors.voteMismatch', { field: 'vote', params: mismatch });
      }
      const repository = manager.getRepository(DecisionEntity);
      const existing = await repository.findOneBy({ agendaItemId: item.id });
      const now = nowIso();
      const saved = await repository.save({
        ...(existing ?? { agendaItemId: item.id, createdAt: now }),
        wording: input.wording,
        result: input.result,
        ...voteColumns(input.vote),
        voteMismatchConfirmed: mismatch !== null,
        drucksache: input.drucksache,
        updatedAt: now,
      });

      const body = await bodyNames(manager, meeting.bodyId);
      const reason = decisionReason({ ...meeting, bodyName: body.name, bodyShortName: body.shortName }, item.number);
      const done: Array<{ measureId: number; toStatus: string }> = await manager.query(
        'SELECT measure_id AS "measureId", to_status AS "toStatus" FROM status_change WHERE decision_id = ?',
        [saved.id],
      );
      const linked: Array<{ measureId: number }> = await manager.query('SELECT measure_id AS "measureId" FROM agenda_item_measure WHERE agenda_item_id = ?', [item.id]);
      for (const effect of input.measureEffects) {
        if (!linked.some((link) => link.measureId === effect.measureId)) {
          throw new DomainError('meetingErrors.measureNotLinked', { field: 'measureEffects', params: { measureId: effect.measureId } });
        }
        if (done.some((made) => made.measureId === effect.measureId && made.toStatus === effect.toStatus)) continue;
        const measure = await manager.getRepository(MeasureEntity).findOneBy({ id: effect.measureId });
        if (!measure) throw new DomainError('meetingErrors.measureNotFound', { field: 'measureEffects', code: 'not-found' });
        await this.history.transition(manager, measure, effect.toStatus, {
          changedOn: dayOf(meeting.startsAt),
          reason,
          drucksache: input.drucksache,
          decisionId: saved.id,
        });
      }
      return loadMeeting(manager, meeting.id);
    });
  }

  /** Counted votes must add up to the voting members present (when attendance was taken). */
  private async voteMismatch(manager: EntityManager, meetingId: number, vote: VoteDto): Promise<{ counted: number; present: number } | null> {
    if (vote.mode !== 'counts') return null;
    const rows: Array<{ status: AttendanceStatus; guest: number; voting: number; fraktion: string }> = await manager.query(
      'SELECT status, guest, voting, fraktion FROM attendance WHERE meeting_id = ?',
      [meetingId],
    );
    const counts = countsOf(rows.map((row) => ({ ...row, guest: row.guest === 1, voting: row.voting === 1 })));
    if (counts.votingTotal === 0) return null;
    const counted = vote.yes + vote.no + vote.abstain + vote.conflicted;
    return counted === counts.votingPresent ? null : { counted, present: counts.votingPresent };
  }
}
