import { useEffect } from 'react';
import { navigate } from '../../app/router';
import { helpPathFor } from './help-map';

/**
 * F1 opens the guide for the screen at `path`. Off while `enabled` is false: live mode has its
 * own F1 (its keyboard shortcuts). A key a screen has already handled is left alone, and so is
 * F1 while a dialog is open. The desktop menu's "Hilfe zu dieser Seite" sends the same key.
 */
export function useHelpKey(path: string, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F1' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      // Also keeps the browser's own help page (browser mode) from opening.
      event.preventDefault();
      // A dialog open in front: leaving the screen would throw away what is typed in it.
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      navigate(helpPathFor(path));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [path, enabled]);
}
