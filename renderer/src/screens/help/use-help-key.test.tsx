import { fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useHelpKey } from './use-help-key';

function Screen({ path, enabled = true, dialog = false }: { path: string; enabled?: boolean; dialog?: boolean }) {
  useHelpKey(path, enabled);
  return dialog ? <div role="dialog" aria-modal="true" aria-label="Status ändern" /> : null;
}

afterEach(() => {
  window.location.hash = '';
});

describe('F1', () => {
  it('opens the guide for the screen and keeps the browser from its own help', () => {
    render(<Screen path="/sitzungen/4" />);
    const event = new KeyboardEvent('keydown', { key: 'F1', cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(window.location.hash).toBe('#/hilfe/sitzung?von=%2Fsitzungen%2F4');
  });

  it('leaves the key to a screen that handled it, and to live mode (switched off)', () => {
    const { unmount } = render(<Screen path="/sitzungen/4/live" enabled={false} />);
    fireEvent.keyDown(window, { key: 'F1' });
    expect(window.location.hash).toBe('');
    unmount();

    render(<Screen path="/leitbild/massnahmen" />);
    const handled = new KeyboardEvent('keydown', { key: 'F1', cancelable: true });
    handled.preventDefault();
    window.dispatchEvent(handled);
    expect(window.location.hash).toBe('');
  });

  it('does not leave the screen while a dialog is open', () => {
    render(<Screen path="/leitbild/massnahmen" dialog />);
    fireEvent.keyDown(window, { key: 'F1' });
    expect(window.location.hash).toBe('');
  });

  it('ignores other keys and F1 with a modifier', () => {
    render(<Screen path="/kontakte" />);
    fireEvent.keyDown(window, { key: 'F2' });
    fireEvent.keyDown(window, { key: 'F1', ctrlKey: true });
    expect(window.location.hash).toBe('');
    fireEvent.keyDown(window, { key: 'F1' });
    expect(window.location.hash).toBe('#/hilfe/kontakte-outlook?von=%2Fkontakte');
  });
});
