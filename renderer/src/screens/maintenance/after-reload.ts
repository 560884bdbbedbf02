/**
 * A restore or import ends with a reload of the whole app, which drops every toast. The
 * confirmation is kept in sessionStorage and shown once when the settings open again.
 */
const KEY = 'leitbild-werkstatt.afterReload';

export type AfterReloadNote = { readonly kind: 'restored'; readonly createdAt: string } | { readonly kind: 'imported'; readonly fileName: string };

export function rememberAfterReload(note: AfterReloadNote): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(note));
  } catch {
    // Without storage there is no confirmation after the reload; the restore itself is done.
  }
}

export function takeAfterReload(): AfterReloadNote | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
    if (!raw) return null;
    const note = JSON.parse(raw) as Partial<Record<string, unknown>>;
    if (note.kind === 'restored' && typeof note.createdAt === 'string') return { kind: 'restored', createdAt: note.createdAt };
    if (note.kind === 'imported' && typeof note.fileName === 'string') return { kind: 'imported', fileName: note.fileName };
    return null;
  } catch {
    return null;
  }
}
