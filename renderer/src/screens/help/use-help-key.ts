import { useEffect } from 'react';
import { navigate } from '../../app/router';
import { helpPathFor } from './help-map';

/**
 * F1 opens the guide for the screen at `path`. Off while `enabled` is false: live mode has its
 * own F1 (its keyboard shortcuts). A key a screen has already handled is left alone.
 */
export function useHelpKey(path: string, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F1' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      // Also keeps the browser's own help page (browser mode) from opening.
      event.preventDefault();
      navigate(helpPathFor(path));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [path, enabled]);
}
