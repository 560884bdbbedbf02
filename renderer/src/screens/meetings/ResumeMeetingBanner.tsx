import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { href, paths, toPath } from '../../app/paths';
import { navigate } from '../../app/router';
import { useToasts } from '../../components/toasts';
import { agendaItemTitle, meetingName } from './meeting-names';
import './meetings.css';

const DISMISSED_KEY = 'leitbild-werkstatt.meetings.resumeDismissed';

/** The first start screen after the app (re)starts reopens the live minutes itself; later visits offer it. */
let startChecked = false;

/** For tests: behave as after a fresh start. */
export const resetResumeOnStart = () => {
  startChecked = false;
};

interface Target {
  readonly meeting: MeetingDto;
  readonly agendaItemId: number | null;
}

/**
 * After a restart (or a crash) the app reopens the live minutes that were open, at the item the
 * minute-taker was on, and says so. Leaving live mode on purpose ends that. Should someone come
 * back to the start screen later, a banner offers "Live-Protokoll fortsetzen" instead.
 */
export function ResumeMeetingBanner() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const [target, setTarget] = useState<Target | null>(null);
  const [dismissed, setDismissed] = useState(() => window.sessionStorage.getItem(DISMISSED_KEY) !== null);

  useEffect(() => {
    if (dismissed) return;
    let current = true;
    const atStart = !startChecked;
    startChecked = true;
    void (async () => {
      const resume = await api.call('meetings.resumeTarget', {});
      if (!resume.ok || !resume.data) return;
      const meeting = await api.call('meetings.get', { id: resume.data.meetingId });
      if (!current || !meeting.ok || meeting.data.state === 'minutes_approved') return;
      if (atStart) {
        toasts.info(t('meetings.resume.reopened', { title: meetingName(t, meeting.data) }));
        navigate(toPath(paths.meetingLive, { id: meeting.data.id }));
        return;
      }
      setTarget({ meeting: meeting.data, agendaItemId: resume.data.agendaItemId });
    })();
    return () => {
      current = false;
    };
  }, [api, dismissed, t, toasts]);

  if (!target || dismissed) return null;
  const item = target.meeting.agenda.find((each) => each.id === target.agendaItemId);
  const dismiss = () => {
    window.sessionStorage.setItem(DISMISSED_KEY, String(target.meeting.id));
    setDismissed(true);
  };
  return (
    <section className="card resume-banner" aria-labelledby="resume-banner-title">
      <h2 className="card__title" id="resume-banner-title">
        {t('meetings.resume.title')}
      </h2>
      <p>
        {t('meetings.resume.text', {
          title: meetingName(t, target.meeting),
          item: item ? t('meetings.resume.atItem', { number: item.number, itemTitle: agendaItemTitle(t, item) }) : '',
        })}
      </p>
      <div className="resume-banner__actions">
        <a className="button button--primary" href={href(toPath(paths.meetingLive, { id: target.meeting.id }))}>
          {t('meetings.resume.continue')}
        </a>
        <button type="button" className="button button--quiet" onClick={dismiss}>
          {t('meetings.resume.dismiss')}
        </button>
      </div>
    </section>
  );
}
