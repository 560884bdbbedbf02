import type { MeetingDto, VoteDto } from '../../contract/meetings';
import type { MeasureStatus } from '../../contract/lifecycle';
import type { Dispatch } from '../core/dispatch';
import { daysAgo, must } from './demo-calls';
import { demoCycle } from './demo-data';

/** A measure as the demo created it, and the status steps it still has to take. */
export interface DemoMove {
  readonly measureId: number;
  readonly fieldIndex: number;
  readonly to: MeasureStatus;
}

export interface DemoBodies {
  readonly council: number;
  readonly workingGroup: number;
  readonly assembly: number;
}

const [ag1, ag2, ag3, ag4] = demoCycle.agSessions;
const OFFICE = 'Fachamt Sozialraummanagement';

/** The days on which a meeting decided the steps (the rest are entered by hand, see seed-demo). */
export const MEETING_DAYS: readonly string[] = [ag1, ag2, ag3, ag4, demoCycle.adoption];

/**
 * The Harburg story as meetings: conferences, the 2021 online planning workshop, four AG
 * sessions whose decisions move the measures (counts, by Fraktion, einstimmig), the BV decision
 * with its Drucksache. `decide` is called once per meeting day with the moves due that day.
 */
export class DemoMeetings {
  private readonly ag: MeetingDto[] = [];

  constructor(
    private readonly dispatch: Dispatch,
    private readonly bodies: DemoBodies,
    private readonly fieldNames: readonly string[],
  ) {}

  async before(): Promise<void> {
    await this.held({
      kind: 'integration_conference',
      title: 'Integrationskonferenz 2019 „Vielfalt leben in Harburg“',
      startsAt: '2019-11-16T10:00',
      endsAt: '2019-11-16T17:00',
      place: 'Kulturzentrum am Rathausplatz (Demo)',
      focusTopic: 'Begegnung im Stadtteil',
    });
    await this.held({
      kind: 'planning_workshop',
      title: 'Planungswerkstatt 2021 (online)',
      startsAt: `${demoCycle.workshop}T10:00`,
      endsAt: `${demoCycle.workshop}T15:30`,
      place: 'online',
      onlineLink: 'https://konferenz.example.org/planungswerkstatt-2021',
      focusTopic: 'Maßnahmen für 2022–2024',
    });
  }

  async decide(day: string, moves: readonly DemoMove[]): Promise<void> {
    if (day === ag1) return this.firstSession(moves);
    if (day === ag2) return this.backlogSession(moves);
    if (day === ag3) return this.recommendations(3, ag3, moves);
    if (day === ag4) return this.recommendations(4, ag4, moves);
    if (day === demoCycle.adoption) return this.assembly(moves);
  }

  /** Later life of the council: the 2023 conference, a recent meeting with open tasks, the next one. */
  async after(): Promise<void> {
    await this.held({
      kind: 'integration_conference',
      title: 'Integrationskonferenz 2023',
      startsAt: '2023-11-11T10:00',
      endsAt: '2023-11-11T16:30',
      place: 'Kulturzentrum am Rathausplatz (Demo)',
      focusTopic: 'Zusammenhalt in Krisenzeiten',
    });
    const recent = await this.session(this.bodies.council, 12, `${daysAgo(35)}T18:00`, 'Sitzungsraum Harburger Rathaus', ['welcome', 'approve_minutes']);
    const report = await this.item(recent, 'Bericht aus der Sprechstunde', 'Zwölf Anliegen seit der letzten Sitzung, vor allem Wohnungssuche und Kita-Plätze.');
    const conference = await this.item(recent, 'Vorbereitung der Integrationskonferenz');
    const task = (title: string, assigneeName: string, dueOn: string, agendaItemId: number) =>
      must(this.dispatch, 'actionItems.create', { meetingId: recent.id, agendaItemId, title, assigneeName, dueOn });
    await task('Raumanfrage für die Sprechstunde an das Bezirksamt stellen', OFFICE, daysAgo(7), report.id);
    await task('Einladungen zur Integrationskonferenz verschicken', 'Geschäftsstelle Integrationsrat', daysAgo(-21), conference.id);
    await must(this.dispatch, 'meetings.setState', { id: recent.id, state: 'held' });
    const upcoming = await must(this.dispatch, 'meetings.create', {
      kind: 'council_meeting',
      bodyId: this.bodies.council,
      number: 13,
      startsAt: `${daysAgo(-14)}T18:00`,
      endsAt: `${daysAgo(-14)}T20:30`,
      place: 'Sitzungsraum Harburger Rathaus',
      standardItems: ['welcome', 'approve_minutes', 'open_action_items', 'any_other_business'],
      ...(await this.staffing(this.bodies.council)),
    });
    const added = await must(this.dispatch, 'agenda.add', { meetingId: upcoming.id, title: 'Vorbereitung der Integrationskonferenz' });
    await must(this.dispatch, 'agenda.move', { id: added.agenda.at(-1)!.id, toIndex: 3 });
  }

  private async firstSession(moves: readonly DemoMove[]): Promise<void> {
    const meeting = await this.session(this.bodies.workingGroup, 1, `${ag1}T17:00`, 'Rathaus Harburg, Raum 101', ['welcome']);
    const item = await this.item(meeting, 'Ergebnisse der Planungswerkstatt 2021', 'Das Fachamt stellt die Vorschläge der Planungswerkstatt vor; die AG ruft sie zur Beratung auf.', {
      measureIds: moves.map((move) => move.measureId),
    });
    await this.closeAgenda(meeting);
    await must(this.dispatch, 'meetings.setState', { id: meeting.id, state: 'held' });
    await this.decision(item.id, {
      wording: 'Die Arbeitsgruppe nimmt die Vorschläge der Planungswerkstatt zur Beratung auf.',
      result: 'noted',
      vote: { mode: 'unanimous' },
      moves,
    });
    await must(this.dispatch, 'actionItems.create', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      title: 'Kostenschätzungen zu den Vorschlägen einholen',
      assigneeName: OFFICE,
      dueOn: '2022-01-15',
    });
    this.ag.push(meeting);
  }

  /** The second session works through the backlog item by item: deferred by counts, rejected by Fraktion. */
  private async backlogSession(moves: readonly DemoMove[]): Promise<void> {
    let meeting = await must(this.dispatch, 'meetings.createFromBacklog', {
      kind: 'ag_session',
      bodyId: this.bodies.workingGroup,
      number: 2,
      startsAt: `${ag2}T17:00`,
      endsAt: `${ag2}T19:30`,
      place: 'Rathaus Harburg, Raum 101',
      ...(await this.staffing(this.bodies.workingGroup)),
    });
    meeting = await must(this.dispatch, 'attendance.markExpectedPresent', { meetingId: meeting.id });
    meeting = await must(this.dispatch, 'attendance.setStatus', { id: meeting.attendance.at(-1)!.id, status: 'excused' });
    await must(this.dispatch, 'meetings.setState', { id: meeting.id, state: 'held' });
    for (const move of moves) {
      const item = meeting.agenda.find((entry) => entry.measures.some((measure) => measure.id === move.measureId))!;
      const vote: VoteDto =
        move.to === 'deferred'
          ? { mode: 'counts', yes: meeting.counts.votingPresent - 2, no: 1, abstain: 1, conflicted: 0 }
          : { mode: 'fraktionen', for: ['CDU', 'FDP'], against: ['SPD', 'GRÜNE', 'LINKE'], abstain: [] };
      await must(this.dispatch, 'agenda.saveNotes', {
        id: item.id,
        notes: move.to === 'deferred' ? 'Finanzierung noch offen; Wiedervorlage nach Klärung.' : 'Angebot besteht bereits an anderer Stelle.',
      });
      await this.decision(item.id, {
        wording: move.to === 'deferred' ? 'Die Beratung wird zurückgestellt.' : 'Die Arbeitsgruppe empfiehlt die Maßnahme nicht.',
        result: move.to === 'deferred' ? 'deferred' : 'rejected',
        vote,
        moves: [move],
      });
    }
    const open = await must(this.dispatch, 'actionItems.list', { bodyId: this.bodies.workingGroup, limit: 500 });
    for (const task of open.rows) {
      await must(this.dispatch, 'actionItems.update', { id: task.id, title: task.title, assigneeName: task.assigneeName, dueOn: task.dueOn, doneOn: '2022-01-20' });
    }
    await this.approvePrevious(meeting);
    this.ag.push(meeting);
  }

  /** Recommendations per field of action, with every kind of vote the minutes know. */
  private async recommendations(number: number, day: string, moves: readonly DemoMove[]): Promise<void> {
    const meeting = await this.session(this.bodies.workingGroup, number, `${day}T17:00`, 'Rathaus Harburg, Raum 101', ['welcome', 'approve_minutes']);
    await must(this.dispatch, 'meetings.setState', { id: meeting.id, state: 'held' });
    const votes: VoteDto[] = [
      { mode: 'unanimous' },
      { mode: 'counts', yes: meeting.counts.votingPresent - 1, no: 0, abstain: 1, conflicted: 0 },
      { mode: 'fraktionen', for: ['SPD', 'GRÜNE', 'LINKE'], against: ['CDU'], abstain: ['FDP'] },
      { mode: 'counts', yes: meeting.counts.votingPresent - 3, no: 2, abstain: 0, conflicted: 1 },
      { mode: 'fraktionen', for: ['SPD', 'GRÜNE', 'CDU', 'LINKE'], against: [], abstain: ['FDP'] },
    ];
    for (const [fieldIndex, fieldName] of this.fieldNames.entries()) {
      const fieldMoves = moves.filter((move) => move.fieldIndex === fieldIndex);
      if (fieldMoves.length === 0) continue;
      const item = await this.item(meeting, `Empfehlungen: ${fieldName}`, 'Die Vorschläge werden einzeln aufgerufen und beraten.', {
        measureIds: fieldMoves.map((move) => move.measureId),
      });
      await this.decision(item.id, {
        wording: `Die Arbeitsgruppe empfiehlt der Bezirksversammlung die Maßnahmen im Handlungsfeld „${fieldName}“.`,
        result: 'adopted',
        vote: votes[fieldIndex % votes.length]!,
        moves: fieldMoves,
      });
    }
    if (number === 4) {
      const motion = await this.item(meeting, 'Gemeinsamer Antrag an die Bezirksversammlung', 'SPD-Fraktion, GRÜNE-Fraktion und CDU-Fraktion bereiten einen gemeinsamen Antrag vor.');
      await must(this.dispatch, 'actionItems.create', {
        meetingId: meeting.id,
        agendaItemId: motion.id,
        title: 'Antragsentwurf an die Fraktionen senden',
        assigneeName: OFFICE,
        dueOn: '2022-05-13',
      });
      const [task] = (await must(this.dispatch, 'actionItems.list', { bodyId: this.bodies.workingGroup })).rows;
      await must(this.dispatch, 'actionItems.update', { id: task!.id, title: task!.title, assigneeName: task!.assigneeName, dueOn: task!.dueOn, doneOn: '2022-05-12' });
    }
    await this.closeAgenda(meeting);
    await this.approvePrevious(meeting);
    this.ag.push(meeting);
  }

  private async assembly(moves: readonly DemoMove[]): Promise<void> {
    const meeting = await this.session(this.bodies.assembly, 41, `${demoCycle.adoption}T17:30`, 'Großer Sitzungssaal, Harburger Rathaus', ['welcome']);
    const item = await this.item(meeting, 'Zusammenleben in Vielfalt – Maßnahmen des Harburger Integrationskonzepts 2022–2024', '', {
      measureIds: moves.map((move) => move.measureId),
      papers: [demoCycle.motionDrucksache],
    });
    await must(this.dispatch, 'agenda.update', {
      id: item.id,
      number: 'Ö 7',
      title: item.title,
      papers: [demoCycle.motionDrucksache],
      measureIds: moves.map((move) => move.measureId),
    });
    await must(this.dispatch, 'meetings.setState', { id: meeting.id, state: 'held' });
    await this.decision(item.id, {
      wording: 'Die Bezirksversammlung beschließt die Maßnahmen des Integrationskonzepts für 2022–2024.',
      result: 'adopted',
      vote: { mode: 'fraktionen', for: ['SPD', 'GRÜNE', 'CDU', 'LINKE'], against: [], abstain: ['FDP'] },
      drucksache: demoCycle.adoptionDrucksache,
      moves,
    });
  }

  private async held(input: { kind: MeetingDto['kind']; title: string; startsAt: string; endsAt: string; place: string; onlineLink?: string; focusTopic: string }): Promise<void> {
    // A held meeting names its chair and minute-taker: the conferences are led and minuted by the office.
    const meeting = await must(this.dispatch, 'meetings.create', { ...input, chairName: 'Dr. Katrin Albrecht', minuteTakerName: 'Julia Brandes' });
    await must(this.dispatch, 'meetings.setState', { id: meeting.id, state: 'held' });
  }

  private async session(bodyId: number, number: number, startsAt: string, place: string, standardItems: Array<'welcome' | 'approve_minutes'>): Promise<MeetingDto> {
    const kind = bodyId === this.bodies.council ? 'council_meeting' : bodyId === this.bodies.assembly ? 'bv_session' : 'ag_session';
    // Two and a half hours; held sessions need their end for the minutes.
    const endsAt = `${startsAt.slice(0, 11)}${String(Number(startsAt.slice(11, 13)) + 2).padStart(2, '0')}:${startsAt.slice(14, 16) === '00' ? '30' : '59'}`;
    const meeting = await must(this.dispatch, 'meetings.create', { kind, bodyId, number, startsAt, endsAt, place, standardItems, ...(await this.staffing(bodyId)) });
    // Past sessions: the minute-taker marked everyone on the list present.
    return must(this.dispatch, 'attendance.markExpectedPresent', { meetingId: meeting.id });
  }

  /** Who chairs (the body's chair) and who takes the minutes (the office), for the signatures of the minutes. */
  private async staffing(bodyId: number): Promise<{ chairContactId: number | null; chairName: string; minuteTakerName: string }> {
    const members = await must(this.dispatch, 'memberships.list', { bodyId });
    const chair = members.find((member) => member.role === 'chair' && member.current);
    // A body without a chair on its list: the office's head leads the session.
    return { chairContactId: chair?.contactId ?? null, chairName: chair ? '' : 'Dr. Katrin Albrecht', minuteTakerName: 'Julia Brandes' };
  }

  private async item(meeting: MeetingDto, title: string, notes = '', links: { measureIds?: number[]; papers?: string[] } = {}) {
    const updated = await must(this.dispatch, 'agenda.add', { meetingId: meeting.id, title, measureIds: links.measureIds ?? [], papers: links.papers ?? [] });
    const item = updated.agenda.at(-1)!;
    if (notes) await must(this.dispatch, 'agenda.saveNotes', { id: item.id, notes });
    return item;
  }

  private closeAgenda(meeting: MeetingDto) {
    return must(this.dispatch, 'agenda.add', { meetingId: meeting.id, title: 'Verschiedenes', standard: 'any_other_business' });
  }

  private decision(agendaItemId: number, input: { wording: string; result: 'adopted' | 'rejected' | 'deferred' | 'noted'; vote: VoteDto; drucksache?: string; moves: readonly DemoMove[] }) {
    return must(this.dispatch, 'decisions.save', {
      agendaItemId,
      wording: input.wording,
      result: input.result,
      vote: input.vote,
      drucksache: input.drucksache ?? '',
      measureEffects: input.moves.map((move) => ({ measureId: move.measureId, toStatus: move.to })),
    });
  }

  /** The minutes of the previous AG session are approved at the start of the next. */
  private async approvePrevious(meeting: MeetingDto): Promise<void> {
    const previous = this.ag.at(-1);
    if (!previous) return;
    await must(this.dispatch, 'meetings.approveMinutes', { id: previous.id, approvedInMeetingId: meeting.id, approvedOn: meeting.startsAt.slice(0, 10), vote: { mode: 'unanimous' } });
  }
}
