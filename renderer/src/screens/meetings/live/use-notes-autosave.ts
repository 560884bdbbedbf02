import { useCallback, useEffect, useRef, useState } from 'react';

/** Typing pauses this long before the notes are saved … */
export const AUTOSAVE_DELAY_MS = 600;
/** … but while typing on, a save goes out at least this often (nothing older than 1 s is unsaved). */
export const AUTOSAVE_MAX_WAIT_MS = 1000;

export type SaveResult = { readonly ok: true; readonly savedAt: string } | { readonly ok: false };

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed' };

interface Pending {
  readonly itemId: number;
  readonly notes: string;
}

/**
 * Autosave for the minutes text: every keystroke schedules a save (debounced, at most 1 s
 * late); a change of item, leaving the field, leaving the screen and closing the window flush
 * at once. Saves go out one after another, so an older text never overwrites a newer one.
 */
export function useNotesAutosave(save: (itemId: number, notes: string) => Promise<SaveResult>) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<Pending | null>(null);
  const timer = useRef<number | null>(null);
  const firstChangeAt = useRef<number | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    firstChangeAt.current = null;
    const next = pending.current;
    if (!next) return queue.current;
    pending.current = null;
    setState({ kind: 'saving' });
    queue.current = queue.current.then(async () => {
      const result = await saveRef.current(next.itemId, next.notes).catch((): SaveResult => ({ ok: false }));
      if (result.ok) {
        if (!pending.current) setState({ kind: 'saved', at: result.savedAt });
      } else {
        // Keep the text for the next try unless newer text is already waiting.
        pending.current ??= next;
        setState({ kind: 'failed' });
      }
    });
    return queue.current;
  }, []);

  const change = useCallback(
    (itemId: number, notes: string) => {
      if (pending.current && pending.current.itemId !== itemId) void flush();
      pending.current = { itemId, notes };
      setState({ kind: 'saving' });
      const now = Date.now();
      firstChangeAt.current ??= now;
      const wait = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, firstChangeAt.current + AUTOSAVE_MAX_WAIT_MS - now));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), wait);
    },
    [flush],
  );

  useEffect(() => {
    const onLeave = () => void flush();
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      // Leaving live mode (another screen) saves what is still waiting.
      void flush();
    };
  }, [flush]);

  return { state, change, flush };
}
