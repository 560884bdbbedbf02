import type { ActionItemDto, AgendaItemDto, AgendaMeasureDto, AttendanceDto, BodyDto, ContactRowDto, DecisionDto, MeetingDto, MeetingRowDto, StandardItem } from '../../../../contract';
import { fail, ok, type FakeHandlers } from '../../test/fake-api';

/**
 * Meetings in memory for the screen tests, with the rules the screens rely on: numbering and
 * renumbering, attendance counts, the vote-mismatch refusal, end after start.
 */

export const BODIES: BodyDto[] = [
  { id: 1, name: 'Arbeitsgruppe Integrationskonzept', kind: 'arbeitsgruppe', shortName: 'AG', nameGenitive: 'der Arbeitsgruppe Integrationskonzept', currentMemberCount: 4, memberCount: 4 },
  { id: 2, name: 'Integrationsrat Harburg', kind: 'integrationsrat', shortName: 'HIR', nameGenitive: '', currentMemberCount: 0, memberCount: 0 },
  { id: 11, name: 'SPD-Fraktion', kind: 'fraktion', shortName: 'SPD', nameGenitive: '', currentMemberCount: 0, memberCount: 0 },
  { id: 12, name: 'CDU-Fraktion', kind: 'fraktion', shortName: 'CDU', nameGenitive: '', currentMemberCount: 0, memberCount: 0 },
  { id: 13, name: 'Fraktion GRÜNE', kind: 'fraktion', shortName: 'GRÜNE', nameGenitive: '', currentMemberCount: 0, memberCount: 0 },
];

const contact = (id: number, firstName: string, lastName: string): ContactRowDto => ({
  id,
  displayName: `${firstName} ${lastName}`,
  firstName,
  lastName,
  function: '',
  organizations: [],
  emails: [],
  categories: [],
  consent: 'given',
  erased: false,
});

export const CONTACTS: ContactRowDto[] = [contact(21, 'Aylin', 'Demir'), contact(22, 'Jan', 'Petersen'), contact(23, 'Maria', 'Kowalski'), contact(24, 'Tobias', 'Brandt')];

const STANDARD_TITLES: Record<StandardItem, string> = {
  welcome: 'Begrüßung',
  approve_minutes: 'Genehmigung des Protokolls',
  open_action_items: 'Offene Aufgaben',
  any_other_business: 'Verschiedenes',
};

interface StoredItem {
  id: number;
  parentId: number | null;
  title: string;
  public: boolean;
  standard: StandardItem | null;
  notes: string;
  papers: string[];
  measures: AgendaMeasureDto[];
  decision: DecisionDto | null;
  /** A number typed by hand; renumbering clears it. */
  manualNumber: string | null;
}

interface StoredMeeting {
  meeting: Omit<MeetingDto, 'agenda' | 'attendance' | 'counts' | 'actionItems' | 'carriedActionItems'>;
  items: StoredItem[];
  attendance: AttendanceDto[];
}

export interface SeedMeeting {
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt?: string | null;
  readonly kind?: MeetingDto['kind'];
  readonly bodyId?: number | null;
  readonly state?: MeetingDto['state'];
  readonly place?: string;
  readonly items?: readonly { title: string; parent?: number; measures?: AgendaMeasureDto[]; notes?: string; standard?: StandardItem; public?: boolean }[];
  readonly members?: readonly string[];
  /** How the members are listed; "present" by default (a meeting on its day, all marked). */
  readonly memberStatus?: AttendanceDto['status'];
  readonly currentItemIndex?: number;
}

export const MEASURES: AgendaMeasureDto[] = [
  { id: 101, code: 'ZL-01', title: 'Sprachcafés in Stadtteilzentren', status: 'in_review' },
  { id: 102, code: 'ZL-02', title: 'Interkulturelles Nachbarschaftsfest', status: 'in_review' },
  { id: 103, code: 'AB-01', title: 'Ausbildungspaten', status: 'submitted' },
];

export function meetingsStore(seeds: readonly SeedMeeting[] = []) {
  let nextId = 1000;
  const id = () => nextId++;
  const meetings: StoredMeeting[] = [];
  const actionItems: ActionItemDto[] = [];
  let resume: { meetingId: number; agendaItemId: number | null } | null = null;

  const ordered = (stored: StoredMeeting): { item: StoredItem; number: string }[] => {
    const out: { item: StoredItem; number: string }[] = [];
    const walk = (parentId: number | null, prefix: string) => {
      stored.items
        .filter((item) => item.parentId === parentId)
        .forEach((item, index) => {
          const number = item.manualNumber ?? `${prefix}${index + 1}`;
          out.push({ item, number });
          walk(item.id, `${number}.`);
        });
    };
    walk(null, '');
    return out;
  };

  const counts = (attendance: readonly AttendanceDto[]) => {
    const voting = attendance.filter((person) => person.voting);
    const membersPresent = voting.filter((person) => person.status === 'present').length;
    const deputiesPresent = attendance.filter((person) => !person.voting && !person.guest && person.status === 'present').length;
    const votingPresent = membersPresent + Math.min(deputiesPresent, voting.length - membersPresent);
    return {
      expected: attendance.filter((person) => person.status === 'expected').length,
      present: attendance.filter((person) => person.status === 'present').length,
      excused: attendance.filter((person) => person.status === 'excused').length,
      absent: attendance.filter((person) => person.status === 'absent').length,
      guests: attendance.filter((person) => person.guest).length,
      votingPresent,
      votingTotal: voting.length,
      quorate: votingPresent * 2 > voting.length,
    };
  };

  const dto = (stored: StoredMeeting): MeetingDto => ({
    ...stored.meeting,
    agenda: ordered(stored).map(({ item, number }, position): AgendaItemDto => ({
      id: item.id,
      parentId: item.parentId,
      position,
      number,
      title: item.title,
      public: item.public,
      standard: item.standard,
      notes: item.notes,
      papers: item.papers,
      measures: item.measures,
      decision: item.decision,
    })),
    attendance: stored.attendance,
    counts: counts(stored.attendance),
    actionItems: actionItems.filter((each) => each.meetingId === stored.meeting.id),
    // As the main side: tasks of earlier meetings of the body still open on this meeting's day.
    carriedActionItems: actionItems.filter(
      (each) =>
        each.meetingId !== stored.meeting.id &&
        each.bodyId !== null &&
        each.bodyId === stored.meeting.bodyId &&
        each.meetingDate < stored.meeting.startsAt &&
        (each.doneOn === null || each.doneOn >= stored.meeting.startsAt.slice(0, 10)),
    ),
  });

  const row = (stored: StoredMeeting): MeetingRowDto => ({
    id: stored.meeting.id,
    kind: stored.meeting.kind,
    bodyId: stored.meeting.bodyId,
    bodyName: stored.meeting.bodyName,
    number: stored.meeting.number,
    title: stored.meeting.title,
    startsAt: stored.meeting.startsAt,
    endsAt: stored.meeting.endsAt,
    place: stored.meeting.place,
    state: stored.meeting.state,
    agendaItemCount: stored.items.length,
    openActionItemCount: actionItems.filter((each) => each.meetingId === stored.meeting.id && !each.doneOn).length,
  });

  const add = (seed: SeedMeeting): StoredMeeting => {
    const meetingId = id();
    const body = BODIES.find((each) => each.id === seed.bodyId);
    const stored: StoredMeeting = {
      meeting: {
        id: meetingId,
        kind: seed.kind ?? 'ag_session',
        bodyId: seed.bodyId ?? null,
        bodyName: body?.name ?? '',
        bodyGenitive: body?.nameGenitive ?? '',
        number: null,
        title: seed.title,
        startsAt: seed.startsAt,
        endsAt: seed.endsAt ?? null,
        place: seed.place ?? 'Rathaus Harburg, Raum 101',
        onlineLink: '',
        focusTopic: '',
        state: seed.state ?? 'planned',
        chairContactId: null,
        chairName: '',
        minuteTakerContactId: null,
        minuteTakerName: '',
        approvedOn: seed.state === 'minutes_approved' ? '2026-11-20' : null,
        approvedInMeetingId: null,
        approvedMinutes: [],
        corrections: [],
        currentAgendaItemId: null,
        updatedAt: '2026-11-26T09:00:00.000Z',
      },
      items: [],
      attendance: (seed.members ?? []).map((name) => ({ id: id(), contactId: null, name, role: 'Mitglied', guest: false, erased: false, voting: true, status: seed.memberStatus ?? 'present' })),
    };
    const created: StoredItem[] = [];
    for (const item of seed.items ?? []) {
      const stored_item: StoredItem = {
        id: id(),
        parentId: item.parent === undefined ? null : (created[item.parent]?.id ?? null),
        title: item.title,
        public: item.public ?? true,
        standard: item.standard ?? null,
        notes: item.notes ?? '',
        papers: [],
        measures: item.measures ?? [],
        decision: null,
        manualNumber: null,
      };
      created.push(stored_item);
      stored.items.push(stored_item);
    }
    if (seed.currentItemIndex !== undefined) stored.meeting = { ...stored.meeting, currentAgendaItemId: created[seed.currentItemIndex]?.id ?? null };
    meetings.push(stored);
    return stored;
  };
  seeds.forEach(add);

  const find = (meetingId: number) => meetings.find((each) => each.meeting.id === meetingId);
  const findItem = (itemId: number) => {
    for (const stored of meetings) {
      const item = stored.items.find((each) => each.id === itemId);
      if (item) return { stored, item };
    }
    return undefined;
  };
  const notFound = () => fail({ code: 'not-found', messageKey: 'meetings.errors.notFound' });

  const handlers: FakeHandlers = {
    'bodies.list': () => ok([...BODIES]),
    'contacts.list': () => ok({ rows: [...CONTACTS], total: CONTACTS.length }),
    'measures.list': () => ok({ rows: [], total: MEASURES.filter((each) => each.status === 'in_review').length, statusCounts: {} } as never),
    'measures.search': ({ text }) =>
      ok(MEASURES.filter((each) => `${each.code} ${each.title}`.toLowerCase().includes(text.toLowerCase())).map((each) => ({ ...each, editionId: 1, snippet: each.title, titleHighlighted: each.title }))),
    'meetings.list': ({ text = '', bodyId, kind, state }) =>
      ok({
        rows: meetings
          .filter((each) => (bodyId === undefined || each.meeting.bodyId === bodyId) && (!kind || each.meeting.kind === kind) && (!state || each.meeting.state === state))
          .filter((each) => each.meeting.title.toLowerCase().includes(text.trim().toLowerCase()))
          .map(row),
        total: meetings.length,
      }),
    'meetings.get': ({ id: meetingId }) => {
      const stored = find(meetingId);
      return stored ? ok(dto(stored)) : notFound();
    },
    'meetings.create': (input) => {
      if (input.endsAt && input.endsAt <= input.startsAt) {
        return fail({ code: 'invalid-input', messageKey: 'errors.invalidInput', fields: [{ field: 'endsAt', messageKey: 'validation.endBeforeStart' }] });
      }
      const stored = add({ title: input.title || 'Sitzung', startsAt: input.startsAt, endsAt: input.endsAt ?? null, kind: input.kind, bodyId: input.bodyId ?? null, place: input.place ?? '' });
      for (const standard of input.standardItems ?? []) {
        stored.items.push({ id: id(), parentId: null, title: STANDARD_TITLES[standard], public: true, standard, notes: '', papers: [], measures: [], decision: null, manualNumber: null });
      }
      return ok(dto(stored));
    },
    'meetings.createFromBacklog': (input) => {
      const stored = add({ title: input.title || 'Sitzung der Arbeitsgruppe', startsAt: input.startsAt, endsAt: input.endsAt ?? null, kind: 'ag_session', bodyId: input.bodyId ?? null });
      for (const measure of MEASURES.filter((each) => each.status === 'in_review')) {
        stored.items.push({ id: id(), parentId: null, title: `${measure.code} ${measure.title}`, public: true, standard: null, notes: '', papers: [], measures: [measure], decision: null, manualNumber: null });
      }
      return ok(dto(stored));
    },
    'meetings.setState': ({ id: meetingId, state }) => {
      const stored = find(meetingId);
      if (!stored) return notFound();
      stored.meeting = { ...stored.meeting, state };
      return ok(dto(stored));
    },
    'meetings.delete': ({ id: meetingId }) => {
      const index = meetings.findIndex((each) => each.meeting.id === meetingId);
      if (index === -1) return notFound();
      meetings.splice(index, 1);
      return ok({ deleted: true as const });
    },
    'meetings.approveMinutes': ({ id: meetingId, approvedInMeetingId, approvedOn }) => {
      const stored = find(meetingId);
      if (!stored) return notFound();
      stored.meeting = { ...stored.meeting, state: 'minutes_approved', approvedOn, approvedInMeetingId };
      return ok(dto(stored));
    },
    'meetings.setCurrentItem': ({ id: meetingId, agendaItemId }) => {
      resume = { meetingId, agendaItemId };
      return ok({ saved: true as const });
    },
    'meetings.resumeTarget': () => ok(resume),
    'agenda.add': ({ meetingId, title, public: isPublic = true, parentItemId, measureIds = [], papers = [] }) => {
      const stored = find(meetingId);
      if (!stored) return notFound();
      stored.items.push({
        id: id(),
        parentId: parentItemId ?? null,
        title: title.trim(),
        public: isPublic,
        standard: null,
        notes: '',
        papers: papers.map((paper) => paper ?? ''),
        measures: MEASURES.filter((each) => measureIds.includes(each.id)),
        decision: null,
        manualNumber: null,
      });
      return ok(dto(stored));
    },
    'agenda.update': ({ id: itemId, number, title, public: isPublic = true, papers = [], measureIds = [] }) => {
      const found = findItem(itemId);
      if (!found) return notFound();
      Object.assign(found.item, { title, public: isPublic, papers: papers.map((paper) => paper ?? ''), measures: MEASURES.filter((each) => measureIds.includes(each.id)), manualNumber: number });
      return ok(dto(found.stored));
    },
    'agenda.move': ({ id: itemId, toIndex }) => {
      const found = findItem(itemId);
      if (!found) return notFound();
      const siblings = found.stored.items.filter((each) => each.parentId === found.item.parentId);
      const others = found.stored.items.filter((each) => each.parentId !== found.item.parentId);
      const without = siblings.filter((each) => each !== found.item);
      without.splice(toIndex, 0, found.item);
      found.stored.items = [...others, ...without];
      found.stored.items.forEach((each) => (each.manualNumber = null));
      return ok(dto(found.stored));
    },
    'agenda.renumber': ({ meetingId }) => {
      const stored = find(meetingId);
      if (!stored) return notFound();
      stored.items.forEach((each) => (each.manualNumber = null));
      return ok(dto(stored));
    },
    'agenda.remove': ({ id: itemId }) => {
      const found = findItem(itemId);
      if (!found) return notFound();
      found.stored.items = found.stored.items.filter((each) => each.id !== itemId && each.parentId !== itemId);
      return ok(dto(found.stored));
    },
    'agenda.saveNotes': ({ id: itemId, notes }) => {
      const found = findItem(itemId);
      if (!found) return notFound();
      found.item.notes = notes;
      return ok({ savedAt: '2026-11-26T17:42:05.000Z' });
    },
    'attendance.setStatus': ({ id: attendanceId, status }) => {
      const stored = meetings.find((each) => each.attendance.some((person) => person.id === attendanceId));
      if (!stored) return notFound();
      // As the main side: nothing is recorded as happened before the meeting's day.
      if ((status === 'present' || status === 'absent') && stored.meeting.startsAt.slice(0, 10) > new Date().toISOString().slice(0, 10)) {
        return fail({ messageKey: 'meetingErrors.attendanceInFuture', fields: [{ field: 'status', messageKey: 'meetingErrors.attendanceInFuture' }] });
      }
      stored.attendance = stored.attendance.map((person) => (person.id === attendanceId ? { ...person, status } : person));
      return ok(dto(stored));
    },
    'attendance.addGuest': ({ meetingId, name = '', role = '' }) => {
      const stored = find(meetingId);
      if (!stored) return notFound();
      stored.attendance = [...stored.attendance, { id: id(), contactId: null, name, role, guest: true, erased: false, voting: false, status: 'present' }];
      return ok(dto(stored));
    },
    'decisions.save': ({ agendaItemId, wording = '', result, vote, drucksache = '', measureEffects = [], confirmVoteMismatch = false }) => {
      const found = findItem(agendaItemId);
      if (!found) return notFound();
      const present = counts(found.stored.attendance).votingPresent;
      if (vote.mode === 'counts' && !confirmVoteMismatch && vote.yes + vote.no + vote.abstain + (vote.conflicted ?? 0) !== present) {
        return fail({ messageKey: 'meetings.errors.voteMismatch', params: { votes: vote.yes + vote.no + vote.abstain, present } });
      }
      const effects = measureEffects.map((effect) => {
        const measure = found.item.measures.find((each) => each.id === effect.measureId) as AgendaMeasureDto;
        return { measureId: measure.id, code: measure.code, fromStatus: measure.status, toStatus: effect.toStatus };
      });
      found.item.measures = found.item.measures.map((measure) => ({ ...measure, status: effects.find((effect) => effect.measureId === measure.id)?.toStatus ?? measure.status }));
      const voteText = vote.mode === 'unanimous' ? 'einstimmig' : vote.mode === 'counts' ? `${vote.yes} Ja, ${vote.no} Nein, ${vote.abstain} Enthaltung` : vote.mode === 'none' ? '' : 'nach Fraktionen';
      found.item.decision = {
        id: id(),
        agendaItemId,
        wording,
        result,
        vote: vote as DecisionDto['vote'],
        voteText,
        drucksache,
        voteMismatchConfirmed: confirmVoteMismatch,
        effects,
      };
      return ok(dto(found.stored));
    },
    'actionItems.create': ({ meetingId, title, assigneeName = '', assigneeContactId = null, dueOn = null, agendaItemId = null }) => {
      const stored = find(meetingId);
      if (!stored) return notFound();
      actionItems.push({
        id: id(),
        meetingId,
        meetingTitle: stored.meeting.title,
        meetingDate: stored.meeting.startsAt,
        nonPublic: stored.items.some((item) => item.id === agendaItemId && !item.public),
        bodyId: stored.meeting.bodyId,
        bodyName: stored.meeting.bodyName,
        agendaItemId,
        title,
        assigneeContactId,
        assigneeName,
        dueOn,
        doneOn: null,
        overdue: false,
      });
      return ok(dto(stored));
    },
    'actionItems.update': ({ id: itemId, doneOn = null }) => {
      const item = actionItems.find((each) => each.id === itemId);
      if (!item) return notFound();
      const updated = { ...item, doneOn, overdue: doneOn ? false : item.overdue };
      actionItems.splice(actionItems.indexOf(item), 1, updated);
      return ok(updated);
    },
    'actionItems.list': ({ state = 'open', bodyId }) =>
      ok(
        actionItems.filter(
          (each) =>
            (bodyId === undefined || each.bodyId === bodyId) &&
            (state === 'all' || (state === 'done' ? each.doneOn !== null : state === 'overdue' ? each.overdue && !each.doneOn : !each.doneOn)),
        ),
      ),
  };

  return {
    handlers,
    meetings: () => meetings.map(dto),
    addActionItem: (item: Omit<ActionItemDto, 'id'>) => actionItems.push({ ...item, id: id() }),
  };
}
