import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { EditionSummaryDto } from '../../../contract';
import { useCall } from '../api/use-call';

const STORAGE_KEY = 'leitbild-werkstatt.editionId';

/** The Leitbild editions and the one the person is working on (remembered on this PC). */
export interface EditionState {
  readonly editions: readonly EditionSummaryDto[] | undefined;
  /** Null while loading or when there is no edition yet. */
  readonly current: EditionSummaryDto | null;
  readonly loading: boolean;
  select(id: number): void;
  /** After an edition was created or changed. */
  reload(): void;
}

const EditionContext = createContext<EditionState | null>(null);

function storedId(): number | null {
  try {
    const value = Number(window.localStorage.getItem(STORAGE_KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function EditionProvider({ children }: { children: ReactNode }) {
  const list = useCall('editions.list', {});
  const [selectedId, setSelectedId] = useState<number | null>(storedId);

  const editions = list.data;
  // The list is newest first; a remembered edition that no longer exists falls back to the newest.
  const current = editions?.find((edition) => edition.id === selectedId) ?? editions?.[0] ?? null;

  useEffect(() => {
    if (!current) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, String(current.id));
    } catch {
      // Private mode or blocked storage: the choice lasts until reload.
    }
  }, [current]);

  const select = useCallback((id: number) => setSelectedId(id), []);
  const { reload } = list;
  const value = useMemo<EditionState>(
    () => ({ editions, current, loading: list.status === 'loading' && !editions, select, reload }),
    [editions, current, list.status, select, reload],
  );
  return <EditionContext.Provider value={value}>{children}</EditionContext.Provider>;
}

export function useEditions(): EditionState {
  const state = useContext(EditionContext);
  if (!state) throw new Error('useEditions() needs an <EditionProvider>');
  return state;
}
