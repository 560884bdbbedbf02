import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceRoleLabel } from './meeting-names';
import type { AttendanceDto, AttendanceStatus, MeetingDto } from '../../../../contract';
import { ATTENDANCE_STATUSES } from '../../../../contract/meetings/meetings-constants';
import { Field } from '../../components/fields';
import { formatNumber } from '../../i18n/format';
import { errorText, useMessage } from '../../i18n/messages';
import { datePart, todayLocal } from './meeting-format';
import type { MeetingRunner } from './use-meeting-call';
import { PeopleDatalist } from './meeting-fields';
import { contactsNamed } from './meeting-people';
import { useApi } from '../../api/api-context';

interface AttendancePanelProps {
  readonly meeting: MeetingDto;
  readonly run: MeetingRunner;
  readonly readOnly: boolean;
}

/** The heading's id: "Springen zu" (Alt+2) moves the focus here. */
export const ATTENDANCE_HEADING_ID = 'meeting-attendance';

/**
 * Anwesenheit: the counts and the quorum; "Anwesenheit bearbeiten" opens one row per person
 * (erwartet / anwesend / entschuldigt / unentschuldigt) and the guests. Collapsed, the page
 * reads in the order of the meeting and the agenda is not pushed down by the list.
 */
export function AttendancePanel({ meeting, run, readOnly }: AttendancePanelProps) {
  const { t } = useTranslation();
  const editorId = useId();
  const [expanded, setExpanded] = useState(false);
  return (
    <section className="card meeting-section" aria-labelledby={ATTENDANCE_HEADING_ID}>
      <h2 className="card__title" id={ATTENDANCE_HEADING_ID} tabIndex={-1}>
        {t('meetings.attendance.title')}
      </h2>
      <div className="attendance-summary">
        <AttendanceCounts meeting={meeting} />
        <button type="button" className="button button--secondary button--small attendance-summary__toggle" aria-expanded={expanded} aria-controls={editorId} onClick={() => setExpanded(!expanded)}>
          <span className="disclosure-chevron" aria-hidden="true" />
          {t(readOnly ? 'meetings.attendance.show' : 'meetings.attendance.edit')}
        </button>
      </div>
      <div id={editorId} className="attendance-editor" hidden={!expanded}>
        {expanded ? (
          <>
            {readOnly ? null : (
              <div className="attendance-editor__actions">
                <MarkExpectedPresent meeting={meeting} run={run} />
                {meeting.bodyId === null ? null : (
                  <button type="button" className="button button--quiet button--small" onClick={() => void run('attendance.preload', { meetingId: meeting.id })}>
                    {t('meetings.attendance.preload')}
                  </button>
                )}
              </div>
            )}
            <AttendanceList meeting={meeting} run={run} readOnly={readOnly} />
            {readOnly ? null : <AddGuestForm meetingId={meeting.id} run={run} />}
          </>
        ) : null}
      </div>
    </section>
  );
}

/** On the meeting's day (or later): everyone still expected becomes present in one step; the minute-taker then marks who is missing. */
export function MarkExpectedPresent({ meeting, run }: { meeting: MeetingDto; run: MeetingRunner }) {
  const { t } = useTranslation();
  if (meeting.counts.expected === 0 || datePart(meeting.startsAt) > todayLocal()) return null;
  return (
    <button type="button" className="button button--secondary button--small" onClick={() => void run('attendance.markExpectedPresent', { meetingId: meeting.id })}>
      {t('meetings.attendance.markExpectedPresent')}
    </button>
  );
}

/** "7 anwesend, 1 entschuldigt …", how many are still expected, and whether the body can decide. */
export function AttendanceCounts({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const { counts } = meeting;
  const n = formatNumber;
  const hasDeputies = meeting.attendance.some((person) => !person.voting && !person.guest);
  return (
    <div className="attendance-counts" role="status">
      {counts.expected > 0 ? <p>{t('meetings.attendance.expectedCount', { count: counts.expected, formatted: n(counts.expected) })}</p> : null}
      <p>{t('meetings.attendance.counts', { present: n(counts.present), excused: n(counts.excused), absent: n(counts.absent), guests: t('meetings.attendance.guests', { count: counts.guests, formatted: n(counts.guests) }) })}</p>
      <p className={counts.votingTotal === 0 || (counts.votingPresent === 0 && counts.expected > 0) ? 'muted' : counts.quorate ? 'attendance-counts__quorate' : 'attendance-counts__not-quorate'}>
        {counts.votingTotal === 0
          ? t('meetings.attendance.noVoting')
          : counts.votingPresent === 0 && counts.expected > 0
            ? // Before anyone is recorded present the quorum is not "missing", it is not known yet.
              t('meetings.attendance.quorumPending', { total: n(counts.votingTotal) })
          : t(counts.quorate ? 'meetings.attendance.quorate' : 'meetings.attendance.notQuorate', { present: n(counts.votingPresent), total: n(counts.votingTotal) })}
      </p>
      {hasDeputies ? <p className="field__hint">{t('meetings.attendance.deputyRule')}</p> : null}
    </div>
  );
}

export function AttendanceList({ meeting, run, readOnly }: { meeting: MeetingDto; run: MeetingRunner; readOnly: boolean }) {
  const { t } = useTranslation();
  if (meeting.attendance.length === 0) return <p className="muted">{t('meetings.attendance.empty')}</p>;
  return (
    <ul className="attendance-list">
      {meeting.attendance.map((person) => (
        <AttendanceRow key={person.id} person={person} run={run} readOnly={readOnly} />
      ))}
    </ul>
  );
}

function AttendanceRow({ person, run, readOnly }: { person: AttendanceDto; run: MeetingRunner; readOnly: boolean }) {
  const { t } = useTranslation();
  const name = useId();
  const role = attendanceRoleLabel(t, person);
  // An erased person's row stays for the counts; the minutes print "Person gelöscht", the interface says it in its language.
  const personName = person.erased ? t('contacts.erasedName') : person.name;
  // Shown at once while the change is saved (a refusal puts the saved status back).
  const [pending, setPending] = useState<AttendanceStatus | null>(null);
  // A refusal (e.g. "anwesend" before the meeting day) is shown at the row, not only as a toast.
  const [error, setError] = useState<string | null>(null);
  const message = useMessage();
  const shown = pending ?? person.status;
  const choose = (status: AttendanceStatus) => {
    setPending(status);
    void run('attendance.setStatus', { id: person.id, status }, { quiet: true })
      .then((result) => setError(result.ok ? null : errorText(message, result.error)))
      .finally(() => setPending(null));
  };
  return (
    <li className="attendance-row">
      <span className="attendance-row__name">
        {personName}
        {role ? <span className="attendance-row__role">{role}</span> : null}
      </span>
      <fieldset className="attendance-row__status" disabled={readOnly} aria-describedby={error ? `${name}-error` : undefined}>
        <legend className="visually-hidden">{t('meetings.attendance.statusOf', { name: personName })}</legend>
        <div className="segmented segmented--small">
          {ATTENDANCE_STATUSES.map((status) => (
            <label key={status} className={`segmented__option segmented__option--${status}${shown === status ? ' segmented__option--checked' : ''}`}>
              <input type="radio" name={name} value={status} checked={shown === status} onChange={() => choose(status)} />
              <span>{t(`meetings.attendanceStatus.${status}`)}</span>
            </label>
          ))}
        </div>
        {error ? (
          <p className="field__error" id={`${name}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </fieldset>
      {person.guest && !readOnly ? (
        <button type="button" className="button button--quiet button--small" aria-label={t('meetings.attendance.removeLabel', { name: personName })} onClick={() => void run('attendance.remove', { id: person.id })}>
          {t('meetings.attendance.remove')}
        </button>
      ) : null}
    </li>
  );
}

function AddGuestForm({ meetingId, run }: { meetingId: number; run: MeetingRunner }) {
  const api = useApi();
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = async () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('validation.required'));
      return;
    }
    const [contact] = await contactsNamed(api, trimmed);
    const result = await run('attendance.addGuest', { meetingId, contactId: contact?.id ?? null, name: trimmed, role });
    if (result.ok) {
      setName('');
      setRole('');
      setError(undefined);
    }
  };
  return (
    <form
      className="attendance-add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <Field label={t('meetings.attendance.guestName')} error={error}>
        {(control) => <input {...control} list={`${id}-people`} className="field__control" autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-role`}>
          {t('meetings.attendance.guestRole')} <span className="field__optional">({t('common.optional')})</span>
        </label>
        <input id={`${id}-role`} className="field__control" autoComplete="off" value={role} onChange={(event) => setRole(event.target.value)} />
      </div>
      <button type="submit" className="button button--secondary">
        {t('meetings.attendance.addGuest')}
      </button>
      <PeopleDatalist id={`${id}-people`} text={name} />
    </form>
  );
}
