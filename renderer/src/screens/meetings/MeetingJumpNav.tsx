import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_ITEMS_HEADING_ID } from './ActionItemsPanel';
import { AGENDA_HEADING_ID } from './AgendaEditor';
import { ATTENDANCE_HEADING_ID } from './AttendancePanel';
import { FILES_HEADING_ID } from './MeetingExports';

/**
 * The meeting page's sections in the order of the meeting, each with Alt+1 … Alt+4 (by the key's
 * place, `Digit1`, so any keyboard layout works). Alt+digit is free in the app's menu (no
 * mnemonics) and in Chromium on Windows (tabs there are Ctrl+digit); AltGr (Ctrl+Alt), Alt+Shift
 * (switches the keyboard layout on Windows) and Alt+numpad digits (characters by code) are left alone.
 */
export const MEETING_SECTIONS = [
  { headingId: AGENDA_HEADING_ID, label: 'meetings.agenda.title', keys: 'Alt+1', code: 'Digit1' },
  { headingId: ATTENDANCE_HEADING_ID, label: 'meetings.attendance.title', keys: 'Alt+2', code: 'Digit2' },
  { headingId: ACTION_ITEMS_HEADING_ID, label: 'meetings.actionItems.title', keys: 'Alt+3', code: 'Digit3' },
  { headingId: FILES_HEADING_ID, label: 'meetings.exports.title', keys: 'Alt+4', code: 'Digit4' },
] as const;

type Section = (typeof MEETING_SECTIONS)[number];

/** Moves the focus to the section's heading (the page scrolls it into view). */
function focusSection(section: Section): void {
  document.getElementById(section.headingId)?.focus();
}

const sectionOf = (event: KeyboardEvent): Section | undefined =>
  event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey ? MEETING_SECTIONS.find((section) => section.code === event.code) : undefined;

/** "Springen zu: Tagesordnung · Anwesenheit · Aufgaben · Dateien", by click or by key. */
export function MeetingJumpNav() {
  const { t } = useTranslation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const section = sectionOf(event);
      // An open dialog keeps the keyboard: the page behind it is inert.
      if (!section || event.defaultPrevented || document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      event.preventDefault();
      focusSection(section);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <nav className="meeting-jump" aria-label={t('meetings.page.jumpTo')}>
      <span className="meeting-jump__label" aria-hidden="true">
        {t('meetings.page.jumpTo')}:
      </span>
      <ul className="meeting-jump__list">
        {MEETING_SECTIONS.map((section) => (
          <li key={section.headingId}>
            <a
              className="meeting-jump__link"
              href={`#${section.headingId}`}
              aria-keyshortcuts={section.keys}
              title={t('meetings.page.jumpShortcut', { keys: keyText(section.keys) })}
              onClick={(event) => {
                // The app's address is in the hash: the link moves the focus instead of the route.
                event.preventDefault();
                focusSection(section);
              }}
            >
              {t(section.label)}
              <kbd className="meeting-jump__key" aria-hidden="true">
                {keyText(section.keys)}
              </kbd>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "Alt+1" → "Alt + 1", as the live mode writes keys. */
const keyText = (keys: string): string => keys.split('+').join(' + ');
