import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItemTitle, meetingName } from '../meeting-names';
import type { AgendaItemDto, MeetingDto } from '../../../../../contract';
import { useApi } from '../../../api/api-context';
import { useCall } from '../../../api/use-call';
import { href, paths, toPath } from '../../../app/paths';
import { useRoute } from '../../../app/router';
import { Dialog, DialogCloseAction } from '../../../components/Dialog';
import { CallLoadState } from '../../../components/LoadState';
import { Page } from '../../../components/Page';
import { orderedItems } from '../agenda-tree';
import { ActionItemForm } from '../ActionItemForm';
import { AttendanceCounts, AttendanceList, MarkExpectedPresent } from '../AttendancePanel';
import { DecisionDialog } from '../DecisionDialog';
import { DecisionSummary } from '../DecisionSummary';
import { fraktionNames, useMeetingPeople } from '../meeting-people';
import { useMeetingCall, type MeetingRunner } from '../use-meeting-call';
import { actionOf, keyLabel, type LiveAction } from './live-shortcuts';
import { LiveAgenda } from './LiveAgenda';
import { SaveStatus } from './SaveStatus';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useNotesAutosave } from './use-notes-autosave';
import '../meetings.css';

/** Live-Protokoll: the whole window for the minute-taker, keyboard first. */
export function LiveMeetingScreen() {
  const { t } = useTranslation();
  const id = Number(useRoute().params.id);
  const meeting = useCall('meetings.get', { id });
  return (
    <Page title={meeting.data ? t('meetings.live.title', { title: meetingName(t, meeting.data) }) : t('meetings.title')}>
      {meeting.data ? <LiveContent key={meeting.data.id} meeting={meeting.data} setMeeting={meeting.setData} /> : <CallLoadState call={meeting} className="card" />}
    </Page>
  );
}

type Overlay = 'help' | 'decision' | 'attendance' | 'newActionItem' | null;

function LiveContent({ meeting, setMeeting }: { meeting: MeetingDto; setMeeting: (meeting: MeetingDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useMeetingCall(setMeeting);
  const { bodies } = useMeetingPeople();
  const readOnly = meeting.state === 'minutes_approved';
  const items = orderedItems(meeting.agenda);
  const [currentId, setCurrentId] = useState<number | null>(() =>
    items.some((item) => item.id === meeting.currentAgendaItemId) ? meeting.currentAgendaItemId : (items[0]?.id ?? null),
  );
  const current = items.find((item) => item.id === currentId) ?? items[0] ?? null;
  const [drafts, setDrafts] = useState<Readonly<Record<number, string>>>({});
  const [overlay, setOverlay] = useState<Overlay>(null);
  const notes = useRef<HTMLTextAreaElement>(null);

  const { state: saveState, change: saveLater, flush } = useNotesAutosave(
    useCallback(
      async (itemId: number, text: string) => {
        const result = await api.call('agenda.saveNotes', { id: itemId, notes: text });
        return result.ok ? { ok: true as const, savedAt: result.data.savedAt } : { ok: false as const };
      },
      [api],
    ),
  );

  const goTo = useCallback(
    (item: AgendaItemDto | undefined) => {
      if (!item) return;
      void flush();
      setCurrentId(item.id);
      // Remembered so that after a crash or restart the app offers to continue here.
      if (!readOnly) void api.call('meetings.setCurrentItem', { id: meeting.id, agendaItemId: item.id });
    },
    [api, flush, meeting.id, readOnly],
  );

  // Entering live mode marks the meeting as open here: after a crash the start screen offers it again.
  const openedAt = current?.id ?? null;
  useEffect(() => {
    if (!readOnly && openedAt !== null) void api.call('meetings.setCurrentItem', { id: meeting.id, agendaItemId: openedAt });
    // Once per opening; moving between items reports itself in goTo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const index = current ? items.indexOf(current) : -1;
  const perform = useCallback(
    (action: LiveAction) => {
      switch (action) {
        case 'next':
          goTo(items[index + 1]);
          break;
        case 'previous':
          goTo(items[index - 1]);
          break;
        case 'focusNotes':
          notes.current?.focus();
          break;
        case 'help':
          setOverlay('help');
          break;
        default:
          if (!readOnly && current) {
            void flush();
            setOverlay(action);
          }
      }
    },
    [current, flush, goTo, index, items, readOnly],
  );

  // A layout effect: the shortcuts act on the item shown from the very commit that shows it (a
  // passive effect could leave the previous handler, with no item yet, for a key pressed at once).
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (overlay) return; // a dialog is open: its own keys (Esc, Tab) apply
      const action = actionOf(event);
      if (!action) return;
      event.preventDefault();
      perform(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [overlay, perform]);

  // Ready to type: the notes of the shown item have the focus on opening and after every change of
  // item (keys, buttons, the agenda) from the commit that shows it, so no keystroke lands elsewhere;
  // once a dialog is closed too (a passive effect: the dialog's own focus return runs first).
  const shownId = current?.id ?? null;
  useLayoutEffect(() => {
    if (!readOnly && shownId !== null) notes.current?.focus();
  }, [readOnly, shownId]);
  useEffect(() => {
    if (!readOnly && overlay === null) notes.current?.focus();
  }, [overlay, readOnly]);

  const closeOverlay = () => setOverlay(null);
  const text = current ? (drafts[current.id] ?? current.notes) : '';

  return (
    <div className="live">
      <div className="live__bar">
        <SaveStatus state={saveState} onRetry={() => void flush()} />
        <button type="button" className="button button--secondary button--small" aria-keyshortcuts="F1" onClick={() => setOverlay('help')}>
          {t('meetings.live.help')}
        </button>
        <a
          className="button button--quiet button--small"
          href={href(toPath(paths.meeting, { id: meeting.id }))}
          onClick={() => {
            // Left on purpose: no "Sitzung fortsetzen" on the next start (a crash leaves it set).
            void flush();
            if (!readOnly) void api.call('meetings.setCurrentItem', { id: meeting.id, agendaItemId: null });
          }}
        >
          {t('meetings.live.exit')}
        </a>
      </div>
      {readOnly ? (
        <p className="notice live__notice" role="note">
          {t('meetings.live.readOnly')}
        </p>
      ) : null}
      {items.length === 0 || !current ? (
        <p className="card">{t('meetings.live.noItems')}</p>
      ) : (
        <div className="live__layout">
          <LiveAgenda items={items} currentId={current.id} onChoose={goTo} />
          <section className="live__item" aria-labelledby="live-item-title">
            <p className="live__position">{t('meetings.live.itemPosition', { current: index + 1, total: items.length })}</p>
            <h2 className="live__item-title" id="live-item-title">
              {t('meetings.agenda.itemHeading', { number: current.number, title: agendaItemTitle(t, current) })}
            </h2>
            <LiveItemFacts item={current} />
            <label className="field__label" htmlFor="live-notes">
              {t('meetings.live.notesLabel', { number: current.number })}
            </label>
            <p className="field__hint" id="live-notes-hint">
              {t('meetings.live.notesHint')}
            </p>
            <textarea
              id="live-notes"
              ref={notes}
              className="field__control live__notes"
              aria-describedby="live-notes-hint"
              aria-keyshortcuts="Alt+M"
              value={text}
              readOnly={readOnly}
              onChange={(event) => {
                const value = event.target.value;
                setDrafts((previous) => ({ ...previous, [current.id]: value }));
                saveLater(current.id, value);
              }}
              onBlur={() => void flush()}
            />
            {current.decision ? <DecisionSummary decision={current.decision} /> : null}
            <div className="live__actions">
              <button type="button" className="button button--secondary" aria-keyshortcuts="Alt+ArrowUp" aria-disabled={index <= 0 || undefined} onClick={() => perform('previous')}>
                {t('meetings.live.previous')}
                <KeyHint keys="Alt+ArrowUp" />
              </button>
              <button type="button" className="button button--secondary" aria-keyshortcuts="Alt+ArrowDown" aria-disabled={index >= items.length - 1 || undefined} onClick={() => perform('next')}>
                {t('meetings.live.next')}
                <KeyHint keys="Alt+ArrowDown" />
              </button>
              {readOnly ? null : (
                <>
                  <button type="button" className="button button--primary" aria-keyshortcuts="Alt+B" onClick={() => perform('decision')}>
                    {t('meetings.live.decision')}
                <KeyHint keys="Alt+B" />
                  </button>
                  <button type="button" className="button button--secondary" aria-keyshortcuts="Alt+A" onClick={() => perform('attendance')}>
                    {t('meetings.live.attendance')}
                <KeyHint keys="Alt+A" />
                  </button>
                  <button type="button" className="button button--secondary" aria-keyshortcuts="Alt+N" onClick={() => perform('newActionItem')}>
                    {t('meetings.live.newActionItem')}
                <KeyHint keys="Alt+N" />
                  </button>
                </>
              )}
            </div>
            <AttendanceCounts meeting={meeting} />
          </section>
        </div>
      )}
      {overlay === 'help' ? <ShortcutsHelp onClose={closeOverlay} /> : null}
      {overlay === 'decision' && current ? (
        <DecisionDialog
          meeting={meeting}
          item={current}
          fraktionen={fraktionNames(bodies)}
          onClose={closeOverlay}
          onSaved={(next) => {
            setMeeting(next);
            closeOverlay();
          }}
        />
      ) : null}
      {overlay === 'attendance' ? <AttendanceOverlay meeting={meeting} run={run} onClose={closeOverlay} /> : null}
      {overlay === 'newActionItem' && current ? (
        <Dialog title={t('meetings.actionItems.addTitle')} onClose={closeOverlay}>
          <ActionItemForm meeting={meeting} run={run} agendaItemId={current.id} onDone={closeOverlay} onCancel={closeOverlay} autoFocus />
        </Dialog>
      ) : null}
    </div>
  );
}

function LiveItemFacts({ item }: { item: AgendaItemDto }) {
  const { t } = useTranslation();
  if (item.measures.length === 0 && item.papers.length === 0) return null;
  return (
    <div className="live__facts">
      {item.papers.length > 0 ? <p>{t('meetings.live.papers', { papers: item.papers.join(', ') })}</p> : null}
      {item.measures.length > 0 ? (
        <ul aria-label={t('meetings.live.linkedMeasures')}>
          {item.measures.map((measure) => (
            <li key={measure.id}>
              <span className="code-tag">{measure.code}</span> {measure.title} ({t(`status.measure.${measure.status}`)})
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function AttendanceOverlay({ meeting, run, onClose }: { meeting: MeetingDto; run: MeetingRunner; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('meetings.attendance.title')} onClose={onClose}>
      <AttendanceCounts meeting={meeting} />
      <MarkExpectedPresent meeting={meeting} run={run} />
      <AttendanceList meeting={meeting} run={run} readOnly={false} />
      <DialogCloseAction onClose={onClose} />
    </Dialog>
  );
}

/** The key beside the button's name, for sighted users; screen readers get aria-keyshortcuts. */
function KeyHint({ keys }: { keys: string }) {
  return (
    <kbd className="live__key" aria-hidden="true">
      {keyLabel(keys)}
    </kbd>
  );
}
