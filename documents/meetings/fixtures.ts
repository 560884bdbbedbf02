import type { DocumentOfficeDto } from '../../contract/documents';
import type { ActionItemDto, AgendaItemDto, AttendanceDto, MeetingDto } from '../../contract/meetings';

/**
 * A realistic meeting as `meetings.get` returns it: the 4th session of the working group on the
 * integration concept. Invented people; the builder tests, the sample documents and the UI's
 * tests share it. Pure data, no imports beyond the contract.
 */
export const meetingOffice: DocumentOfficeDto = {
  districtName: 'Bezirksamt Harburg',
  officeName: 'Fachamt Sozialraummanagement',
  officeAddress: 'Harburger Ring 33\n21073 Hamburg',
  officePhone: '040 428 71-2417',
  officeEmail: 'sozialraummanagement@harburg.hamburg.de',
};

const BODY = 'Arbeitsgruppe Integrationskonzept';

const member = (id: number, name: string, role: string, status: AttendanceDto['status'] = 'present'): AttendanceDto => ({
  id,
  contactId: 100 + id,
  name,
  role,
  memberRole: null,
  fraktion: '',
  givenRole: role,
  guest: false,
  voting: true,
  status,
  erased: false,
});

export const fixtureAttendance: readonly AttendanceDto[] = [
  member(1, 'Petra Albers', 'SPD, Vorsitz'),
  member(2, 'Torsten Meyer', 'SPD'),
  member(3, 'Deniz Yıldırım', 'GRÜNE'),
  member(4, 'Anna Sommer', 'GRÜNE', 'excused'),
  member(5, 'Jan-Hendrik Brandt', 'CDU'),
  member(6, 'Claudia Wendt', 'CDU'),
  member(7, 'Markus Ehlers', 'FDP'),
  member(8, 'Fatma Karaca', 'Harburger Integrationsrat'),
  {
    id: 9,
    contactId: null,
    name: 'Dr. Lena Hoffmann',
    role: 'Gast, Lokale Partnerschaften Harburg',
    memberRole: null,
    fraktion: '',
    givenRole: 'Gast, Lokale Partnerschaften Harburg',
    guest: true,
    voting: false,
    status: 'present',
    erased: false,
  },
];

const item = (id: number, position: number, number: string, title: string, extra: Partial<AgendaItemDto> = {}): AgendaItemDto => ({
  id,
  parentId: null,
  position,
  number,
  title,
  public: true,
  standard: null,
  notes: '',
  papers: [],
  measures: [],
  decision: null,
  ...extra,
});

export const fixtureAgenda: readonly AgendaItemDto[] = [
  item(11, 1, '1', 'Begrüßung und Feststellung der Beschlussfähigkeit', {
    standard: 'welcome',
    notes: 'Die Vorsitzende begrüßt die Anwesenden und Frau Dr. Hoffmann als Gast. Die Beschlussfähigkeit wird festgestellt.',
  }),
  item(12, 2, '2', 'Genehmigung des Protokolls der 3. Sitzung', {
    standard: 'approve_minutes',
    notes: 'Zum Protokoll vom 15. Oktober 2026 gibt es keine Änderungswünsche.',
    decision: {
      id: 21,
      agendaItemId: 12,
      wording: 'Das Protokoll der 3. Sitzung vom 15. Oktober 2026 wird genehmigt.',
      result: 'adopted',
      vote: { mode: 'unanimous' },
      voteText: 'einstimmig',
      drucksache: '',
      voteMismatchConfirmed: false,
      effects: [],
    },
  }),
  item(13, 3, '3', 'Maßnahmenvorschläge im Handlungsfeld „Zusammenleben in Harburg“', {
    notes:
      'Frau Karaca stellt die Vorschläge aus der Planungswerkstatt vor.\nDas Sprachcafé soll an zwei Standorten beginnen.\n\nHerr Brandt fragt nach den Kosten; die Verwaltung nennt rund 12.000 Euro im Jahr aus dem Quartiersfonds.',
    measures: [
      { id: 31, code: 'ZL-06', title: 'Sprachcafé im Bürgerhaus', status: 'recommended' },
      { id: 32, code: 'ZL-07', title: 'Nachbarschaftsfest Phoenix-Viertel', status: 'recommended' },
    ],
    decision: {
      id: 22,
      agendaItemId: 13,
      wording: 'Die Arbeitsgruppe empfiehlt die Maßnahmen ZL-06 und ZL-07 zur Aufnahme in das Leitbild.',
      result: 'adopted',
      vote: { mode: 'counts', yes: 5, no: 1, abstain: 1, conflicted: 0 },
      voteText: '5 Ja, 1 Nein, 1 Enthaltung',
      drucksache: '',
      voteMismatchConfirmed: false,
      effects: [
        { measureId: 31, code: 'ZL-06', fromStatus: 'in_review', toStatus: 'recommended' },
        { measureId: 32, code: 'ZL-07', fromStatus: 'in_review', toStatus: 'recommended' },
      ],
    },
  }),
  item(14, 4, '4', 'Interfraktioneller Antrag „Maßnahmen 2027–2028“', {
    notes: 'Der Entwurf wird abschnittsweise beraten. Im Sachverhalt wird die Planungswerkstatt 2026 ergänzt.',
    papers: ['21-2433'],
    measures: [{ id: 33, code: 'DS-05', title: 'Deutschkurse mit Kinderbetreuung', status: 'recommended' }],
    decision: {
      id: 23,
      agendaItemId: 14,
      wording: 'Die Arbeitsgruppe empfiehlt den Fraktionen, den Antrag mit der beschlossenen Ergänzung in die Bezirksversammlung einzubringen.',
      result: 'adopted_with_changes',
      vote: { mode: 'fraktionen', for: ['SPD', 'GRÜNE'], against: ['CDU'], abstain: ['FDP'] },
      voteText: 'SPD, GRÜNE gegen CDU bei Enthaltung FDP',
      drucksache: '21-2433',
      voteMismatchConfirmed: false,
      effects: [{ measureId: 33, code: 'DS-05', fromStatus: 'in_review', toStatus: 'recommended' }],
    },
  }),
  item(15, 5, '5', 'Bericht aus dem Harburger Integrationsrat', {
    notes: 'Frau Karaca berichtet über die Sprechstunden im Oktober und die Vorbereitung der 9. Integrationskonferenz.',
    decision: {
      id: 24,
      agendaItemId: 15,
      wording: 'Die Arbeitsgruppe nimmt den Bericht zur Kenntnis.',
      result: 'noted',
      vote: { mode: 'none' },
      voteText: '',
      drucksache: '',
      voteMismatchConfirmed: false,
      effects: [],
    },
  }),
  item(16, 6, 'Ö 6.1', 'Verschiedenes: Termin der Integrationskonferenz 2027', {
    standard: 'any_other_business',
    notes: 'Vorgeschlagen wird der 11. März 2027 im Elbcampus.',
  }),
  item(17, 7, 'N 1', 'Vergabe aus dem Verfügungsfonds Integration', {
    public: false,
    notes: 'Beraten werden drei Anträge von Vereinen. Die Verwaltung prüft die Kostenpläne vertraulich.',
    papers: ['21-2450'],
    decision: {
      id: 25,
      agendaItemId: 17,
      wording: 'Die Entscheidung über den Antrag des Vereins Nachbarn e. V. wird vertagt.',
      result: 'deferred',
      vote: { mode: 'counts', yes: 6, no: 0, abstain: 1, conflicted: 0 },
      voteText: '6 Ja, 0 Nein, 1 Enthaltung',
      drucksache: '',
      voteMismatchConfirmed: false,
      effects: [],
    },
  }),
];

const action = (id: number, agendaItemId: number | null, title: string, assigneeName: string, dueOn: string | null, extra: Partial<ActionItemDto> = {}): ActionItemDto => ({
  id,
  meetingId: 4,
  meetingTitle: '4. Sitzung der Arbeitsgruppe',
  meetingGivenTitle: '4. Sitzung der Arbeitsgruppe',
  meetingKind: 'ag_session',
  meetingNumber: 4,
  meetingDate: '2026-11-26',
  bodyId: 7,
  bodyName: BODY,
  agendaItemId,
  nonPublic: false,
  title,
  assigneeContactId: null,
  assigneeName,
  dueOn,
  doneOn: null,
  overdue: false,
  ...extra,
});

export const fixtureMeeting: MeetingDto = {
  id: 4,
  kind: 'ag_session',
  bodyId: 7,
  bodyName: BODY,
  bodyGenitive: 'der Arbeitsgruppe Integrationskonzept',
  number: 4,
  title: '4. Sitzung der Arbeitsgruppe',
  givenTitle: '4. Sitzung der Arbeitsgruppe',
  startsAt: '2026-11-26T18:00',
  endsAt: '2026-11-26T20:15',
  place: 'Rathaus Harburg, Sitzungssaal 101, Harburger Rathausplatz 1, 21073 Hamburg',
  onlineLink: 'https://meet.hamburg.de/ag-integration-4',
  focusTopic: 'Maßnahmen für das Handlungsfeld „Zusammenleben in Harburg“',
  state: 'held',
  chairContactId: 101,
  chairName: 'Petra Albers',
  minuteTakerContactId: null,
  minuteTakerName: 'Julia Brandes (Bezirksamt Harburg)',
  approvedOn: null,
  approvedInMeetingId: null,
  approvedMinutes: [],
  agenda: fixtureAgenda,
  attendance: fixtureAttendance,
  counts: { expected: 0, present: 7, excused: 1, absent: 0, guests: 1, votingPresent: 7, votingTotal: 8, quorate: true },
  actionItems: [
    action(41, 13, 'Standorte für das Sprachcafé mit dem Bürgerhaus abstimmen', 'Fatma Karaca', '2027-01-15'),
    action(42, 14, 'Ergänzten Antragsentwurf an die Fraktionen senden', 'Julia Brandes', '2026-12-03'),
    action(43, 17, 'Kostenplan des Vereins Nachbarn e. V. nachfordern', 'Julia Brandes', '2026-12-10'),
  ],
  carriedActionItems: [
    action(38, null, 'Raum für die Integrationskonferenz 2027 anfragen', 'Torsten Meyer', '2026-11-15', {
      meetingId: 3,
      meetingTitle: '3. Sitzung der Arbeitsgruppe',
      meetingDate: '2026-10-15',
      overdue: true,
    }),
  ],
  corrections: [],
  currentAgendaItemId: null,
  updatedAt: '2026-11-26T21:02:11.000Z',
};

/** The same meeting after approval in the 5th session, with one recorded correction. */
export const fixtureApprovedMeeting: MeetingDto = {
  ...fixtureMeeting,
  state: 'minutes_approved',
  approvedOn: '2027-01-14',
  approvedInMeetingId: 5,
  approvedMinutes: [],
  corrections: [
    {
      id: 51,
      agendaItemId: 13,
      text: 'Die Kosten des Sprachcafés betragen rund 14.000 Euro im Jahr (nicht 12.000 Euro).',
      reason: 'Zahlendreher, von Herrn Brandt in der 5. Sitzung angemerkt',
      enteredBy: 'Julia Brandes',
      createdAt: '2027-01-14T19:10:00.000Z',
    },
  ],
};
