import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingName } from './meeting-names';
import type { MeetingDto } from '../../../../contract';
import { href, paths, toPath } from '../../app/paths';
import { navigate } from '../../app/router';
import { Dialog, DialogActions } from '../../components/Dialog';
import { formatDateLong } from '../../i18n/format';
import { EditMeetingDialog } from './EditMeetingDialog';
import { MarkHeldDialog } from './MarkHeldDialog';
import { meetingWhen } from './meeting-format';
import { MeetingStateBadge } from './MeetingStateBadge';
import type { MeetingRunner } from './use-meeting-call';

/** The facts of the meeting and what can happen next: invite, hold, go live, edit, delete. */
export function MeetingHeader({ meeting, run }: { meeting: MeetingDto; run: MeetingRunner }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'edit' | 'delete' | 'held' | null>(null);
  const locked = meeting.state === 'minutes_approved';
  const setState = (state: 'planned' | 'invited') =>
    void run('meetings.setState', { id: meeting.id, state }, { success: t('meetings.page.stateChanged', { state: t(`meetings.state.${state}`) }) });
  const empty = t('common.emptyValue');
  const facts: readonly [string, string][] = [
    [t('meetings.page.when'), meetingWhen(t, meeting.startsAt, meeting.endsAt)],
    [t('meetings.page.place'), meeting.place || empty],
    [t('meetings.page.body'), meeting.bodyName || empty],
    [t('meetings.page.focusTopic'), meeting.focusTopic || empty],
    [t('meetings.page.chair'), meeting.chairName || empty],
    [t('meetings.page.minuteTaker'), meeting.minuteTakerName || empty],
  ];

  return (
    <section className="card meeting-header" aria-label={t('meetings.page.facts')}>
      <div className="meeting-header__top">
        <p className="meeting-header__kind">
          {t(`meetings.kind.${meeting.kind}`)} · <MeetingStateBadge state={meeting.state} />
        </p>
        <a className="button button--primary" href={href(toPath(paths.meetingLive, { id: meeting.id }))}>
          {t(locked ? 'meetings.page.liveReadOnly' : 'meetings.page.live')}
        </a>
      </div>
      <dl className="facts meeting-header__facts">
        {facts.map(([label, value]) => (
          <div className="facts__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {meeting.onlineLink ? (
          <div className="facts__row">
            <dt>{t('meetings.page.online')}</dt>
            <dd>
              <code className="path">{meeting.onlineLink}</code>
            </dd>
          </div>
        ) : null}
      </dl>
      {locked && meeting.approvedOn ? (
        <p className="notice meeting-header__locked" role="note">
          {t('meetings.page.locked', { date: formatDateLong(meeting.approvedOn) })}
        </p>
      ) : (
        <div className="meeting-header__actions">
          {meeting.state === 'planned' ? (
            <button type="button" className="button button--secondary" onClick={() => setState('invited')}>
              {t('meetings.page.markInvited')}
            </button>
          ) : null}
          {meeting.state === 'planned' || meeting.state === 'invited' ? (
            <button type="button" className="button button--secondary" onClick={() => setDialog('held')}>
              {t('meetings.page.markHeld')}
            </button>
          ) : null}
          {meeting.state === 'invited' ? (
            <button type="button" className="button button--quiet" onClick={() => setState('planned')}>
              {t('meetings.page.backToPlanned')}
            </button>
          ) : null}
          {meeting.state === 'held' ? (
            <button type="button" className="button button--quiet" onClick={() => setState('invited')}>
              {t('meetings.page.backToInvited')}
            </button>
          ) : null}
          <button type="button" className="button button--quiet" onClick={() => setDialog('edit')}>
            {t('meetings.edit.open')}
          </button>
          {/* A held meeting has minutes: it is set back to "eingeladen" first, on purpose, before it can go. */}
          {meeting.state !== 'held' ? (
            <button type="button" className="button button--danger-quiet" onClick={() => setDialog('delete')}>
              {t('meetings.page.delete')}
            </button>
          ) : null}
        </div>
      )}
      {dialog === 'edit' ? (
        <EditMeetingDialog
          meeting={meeting}
          onClose={() => setDialog(null)}
          onSaved={(next) => {
            run.apply(next);
            setDialog(null);
          }}
        />
      ) : null}
      {dialog === 'held' ? <MarkHeldDialog meeting={meeting} run={run} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? <DeleteMeetingDialog meeting={meeting} run={run} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}

function DeleteMeetingDialog({ meeting, run, onClose }: { meeting: MeetingDto; run: MeetingRunner; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('meetings.page.deleteTitle')} description={t('meetings.page.deleteText', { title: meetingName(t, meeting) })} onClose={onClose} size="small">
      <DialogActions
        onCancel={onClose}
        submitLabel={t('meetings.page.delete')}
        danger
        onConfirm={() =>
          void run.raw('meetings.delete', { id: meeting.id }, t('meetings.page.deleted')).then((deleted) => {
            if (deleted) navigate(paths.sessions);
          })
        }
      />
    </Dialog>
  );
}
