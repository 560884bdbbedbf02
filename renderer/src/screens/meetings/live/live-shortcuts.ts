/**
 * Live mode's keys. Alt+letter and Alt+↑/↓ are free in Chromium and in the app's menu (its
 * labels carry no mnemonics); Alt+←/→ (history) and Alt+D/E/F (browser menus) are left alone.
 */
export type LiveAction = 'next' | 'previous' | 'focusNotes' | 'decision' | 'attendance' | 'newActionItem' | 'help';

export interface Shortcut {
  readonly action: LiveAction;
  /** As shown in the help and in aria-keyshortcuts. */
  readonly keys: string;
  readonly label: string;
  readonly matches: (event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>) => boolean;
}

const alt = (code: string) => (event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey'>) => event.altKey && !event.ctrlKey && !event.metaKey && event.code === code;

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'next', keys: 'Alt+ArrowDown', label: 'meetings.shortcuts.nextItem', matches: (event) => event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowDown' },
  { action: 'previous', keys: 'Alt+ArrowUp', label: 'meetings.shortcuts.previousItem', matches: (event) => event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowUp' },
  { action: 'focusNotes', keys: 'Alt+M', label: 'meetings.shortcuts.focusNotes', matches: alt('KeyM') },
  { action: 'decision', keys: 'Alt+B', label: 'meetings.shortcuts.decision', matches: alt('KeyB') },
  { action: 'attendance', keys: 'Alt+A', label: 'meetings.shortcuts.attendance', matches: alt('KeyA') },
  { action: 'newActionItem', keys: 'Alt+N', label: 'meetings.shortcuts.newActionItem', matches: alt('KeyN') },
  { action: 'help', keys: 'F1', label: 'meetings.shortcuts.help', matches: (event) => event.key === 'F1' },
];

/** How a key combination is written for people ("Alt + ↓"). */
export const keyLabel = (keys: string): string =>
  keys
    .split('+')
    .map((part) => ({ ArrowDown: '↓', ArrowUp: '↑' })[part] ?? part)
    .join(' + ');

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The action a key press asks for; "?" opens the help only when it is not typed into a field. */
export function actionOf(event: KeyboardEvent): LiveAction | null {
  const shortcut = SHORTCUTS.find((each) => each.matches(event));
  if (shortcut) return shortcut.action;
  if (event.key === '?' && !event.altKey && !event.ctrlKey && !event.metaKey && !isTyping(event.target)) return 'help';
  return null;
}
