import type { DocumentOfficeDto } from '../../contract/documents';
import type { AttendanceDto, MeetingDto } from '../../contract/meetings';
import { facts, heading, paragraph, spacer, type Block } from '../engine';
import { addressLines } from '../district';
import { MEETING_KIND_LABELS } from './labels';
import { datePart, formatDateWithWeekday, formatTime } from './meeting-time';

/**
 * Sender lines of the letterhead: district, office, address, phone and e-mail. Phone and
 * e-mail stay on the wide left side: in the right column beside a logo an office's e-mail
 * address breaks in the middle.
 */
export function senderLines(office: DocumentOfficeDto): string[] {
  const contact = [office.officePhone ? `Telefon ${office.officePhone}` : '', office.officeEmail];
  const lines = [office.districtName, office.officeName, ...addressLines(office), ...contact].filter((line) => line.trim() !== '');
  return lines.length ? lines : [' '];
}

/** The facts at the top of the minutes: who met, as what, where and when, who chaired and minuted. */
export function meetingFacts(meeting: MeetingDto, office: DocumentOfficeDto): Block {
  return facts([
    { label: 'Veranstalter', value: meeting.bodyName || office.officeName },
    { label: 'Art', value: MEETING_KIND_LABELS[meeting.kind] },
    { label: 'Schwerpunkt', value: meeting.focusTopic },
    { label: 'Datum', value: formatDateWithWeekday(datePart(meeting.startsAt)) },
    { label: 'Beginn', value: formatTime(meeting.startsAt) },
    { label: 'Ende', value: meeting.endsAt ? formatTime(meeting.endsAt) : '' },
    { label: 'Ort', value: meeting.place },
    { label: meeting.place ? 'Online-Teilnahme' : 'Ort (online)', value: meeting.onlineLink },
    { label: 'Vorsitz', value: meeting.chairName },
    { label: 'Protokoll', value: meeting.minuteTakerName },
  ]);
}

/** "Petra Albers (SPD, Vorsitz)". */
const personLine = (person: AttendanceDto): string => (person.role.trim() ? `${person.name} (${person.role.trim()})` : person.name);

const namesOf = (people: readonly AttendanceDto[]): string => people.map(personLine).join('\n');

/** "7 von 8 stimmberechtigten Mitgliedern …; außerdem 1 Gast." and whether the body could decide. */
function countsSentences(meeting: MeetingDto): string[] {
  const { counts } = meeting;
  const guests = counts.guests === 1 ? '1 Gast' : `${counts.guests} Gäste`;
  if (counts.votingTotal === 0) return [`Anwesend: ${counts.present} Personen${counts.guests ? `, davon ${guests}` : ''}.`];
  const members = `Anwesend waren ${counts.votingPresent} von ${counts.votingTotal} stimmberechtigten Mitgliedern; entschuldigt: ${counts.excused}, unentschuldigt: ${counts.absent}${counts.guests ? `; außerdem ${guests}` : ''}.`;
  const quorum = counts.quorate
    ? 'Die Beschlussfähigkeit war gegeben.'
    : 'Die Beschlussfähigkeit war nicht gegeben (weniger als die Hälfte der stimmberechtigten Mitglieder anwesend).';
  return [members, quorum];
}

/** Present, excused and absent members by name with role or Fraktion; guests apart; the counts and the quorum. */
export function attendanceBlocks(meeting: MeetingDto): Block[] {
  const members = meeting.attendance.filter((person) => !person.guest);
  const guests = meeting.attendance.filter((person) => person.guest && person.status === 'present');
  const withStatus = (status: AttendanceDto['status']) => members.filter((person) => person.status === status);
  return [
    heading(1, 'Teilnahme'),
    facts([
      { label: 'Anwesend', value: namesOf(withStatus('present')) },
      { label: 'Entschuldigt', value: namesOf(withStatus('excused')) },
      { label: 'Unentschuldigt', value: namesOf(withStatus('absent')) },
      // Listed but never marked: the minutes say so instead of counting them present.
      { label: 'Nicht erfasst', value: namesOf(withStatus('expected')) },
      { label: 'Gäste', value: namesOf(guests) },
    ]),
    spacer(6),
    ...countsSentences(meeting).map((text, index, all) => paragraph(text, { keepNext: index < all.length - 1 })),
  ];
}
