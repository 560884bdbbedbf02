import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '../../../contract';
import type { FormController } from '../api/use-form';
import { Dialog } from '../components/Dialog';

/**
 * Nothing typed is lost (issue 15). A form with changes registers here (`useUnsavedChanges`, or
 * `useGuardedSubmit` for a `useForm` form); the Shell asks before the screen changes (a link, the
 * back button, `navigate()`), the window asks before it closes or reloads (`beforeunload`; in
 * Electron main answers that with a native question, see main/electron/unsaved-changes.ts), and
 * Ctrl+S saves the forms in view instead of opening the browser's "Save page" dialog.
 */

interface Entry {
  /** Read when leaving, so a change or save since the last render counts. */
  readonly isDirty: () => boolean;
  /** Saves; true when the save was accepted (a refusal shows its message at the field). */
  readonly save: () => Promise<boolean>;
  /** A save already under way, if any. */
  readonly inFlight?: () => Promise<boolean> | null;
}

type EntryRef = { current: Entry };

export class UnsavedChangesRegistry {
  private readonly entries = new Set<EntryRef>();

  register(entry: EntryRef): () => void {
    this.entries.add(entry);
    return () => this.entries.delete(entry);
  }

  private list(): Entry[] {
    return Array.from(this.entries, (entry) => entry.current);
  }

  dirty(): Entry[] {
    return this.list().filter((entry) => entry.isDirty());
  }

  running(): Promise<boolean>[] {
    return this.list().flatMap((entry) => entry.inFlight?.() ?? []);
  }

  /** Something would be lost by leaving now. */
  needsAsking(): boolean {
    return this.dirty().length > 0 || this.running().length > 0;
  }

  /** Saves every form with changes, one after the other; false at the first refusal. */
  async saveAll(): Promise<boolean> {
    await Promise.allSettled(this.running());
    for (const entry of this.dirty()) {
      if (!(await entry.save())) return false;
    }
    return true;
  }
}

const RegistryContext = createContext<UnsavedChangesRegistry | null>(null);
/** The Shell provides its guard's registry to the screens. */
export const UnsavedChangesProvider = RegistryContext.Provider;

/** Registers a form's state with the Shell's guard for as long as the form is shown. */
export function useUnsavedChanges(isDirty: () => boolean, save: () => Promise<boolean>, inFlight?: () => Promise<boolean> | null): void {
  const registry = useContext(RegistryContext);
  const entry = useRef<Entry>({ isDirty, save, inFlight });
  useLayoutEffect(() => {
    entry.current = { isDirty, save, inFlight };
  });
  useEffect(() => registry?.register(entry), [registry]);
}

/**
 * `form.onSubmit(handler)` for a page form, guarded: leaving with changes asks; Ctrl+S and the leave
 * dialog's "Änderungen speichern" save with `handler`. `extraDirty`: changes the form keeps outside
 * `useForm` (lists of rows); a successful save counts them as stored.
 */
export function useGuardedSubmit<V extends Record<string, string>>(
  form: FormController<V>,
  handler: (values: V) => Promise<CallError | void>,
  extraDirty = false,
): (event: FormEvent<HTMLFormElement>) => void {
  const extra = useRef(extraDirty);
  const running = useRef<Promise<boolean> | null>(null);
  // Only a change of `extraDirty` counts: a render after a successful save (the form's own state
  // settling) must not bring back the changes that save stored.
  useLayoutEffect(() => {
    extra.current = extraDirty;
  }, [extraDirty]);
  const save = (): Promise<boolean> => {
    if (running.current) return running.current;
    const run = form.submit(handler).then((saved) => {
      if (saved) extra.current = false;
      running.current = null;
      return saved;
    });
    running.current = run;
    return run;
  };
  useUnsavedChanges(() => form.isDirty() || extra.current, save, () => running.current);
  return (event) => {
    event.preventDefault();
    if (!form.submitting) void save();
  };
}

const isCtrlS = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 's' || event.key === 'S');

/** A route link of the app (`#/…`) that a plain click would follow. */
function routeLinkOf(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  const target = anchor?.getAttribute('href');
  return target?.startsWith('#/') && !anchor?.hasAttribute('download') ? target : null;
}

/** The sticky save bars of long forms (measure, edition). */
const SAVE_BARS = '.save-bar, .edition-form__actions';

/**
 * A field that gets the focus (Tab, a click, an error) is scrolled above a sticky save bar. CSS
 * scroll-padding covers the fields the browser scrolls to; Chromium leaves a partly visible field
 * where it is, though, so one half-hidden under the bar is moved up here (its top stays in view).
 */
function keepAboveSaveBar(event: FocusEvent): void {
  const field = event.target;
  if (!(field instanceof HTMLElement) || field.closest(SAVE_BARS) || field.closest('[role="dialog"]')) return;
  const bar = field.closest('form')?.querySelector(SAVE_BARS) ?? document.querySelector(SAVE_BARS);
  if (!bar) return;
  const { top: barTop, bottom: barBottom } = bar.getBoundingClientRect();
  const rect = field.getBoundingClientRect();
  // Below the bar (a button after its form, e.g. "Sicherung jetzt erstellen"): never under it, and a
  // scroll on mousedown would make the click miss.
  if (rect.top >= barBottom) return;
  if (rect.bottom <= barTop - 8 || barTop >= window.innerHeight) return;
  const air = 16;
  const by = Math.min(rect.bottom - barTop + air, rect.top - air);
  if (by > 0) window.scrollBy({ top: by, behavior: 'instant' });
}

export interface LeaveGuard {
  /** For useHashRoute: may the address change to `hash`? If not, the guard asks and goes there itself. */
  readonly allowHashChange: (hash: string) => boolean;
  /** The Shell provides this to the screens (UnsavedChangesProvider) and renders `dialog`. */
  readonly registry: UnsavedChangesRegistry;
  readonly dialog: ReactNode;
}

/** The Shell's side: the registry, the leave dialog, `beforeunload` and Ctrl+S. */
export function useLeaveGuard(): LeaveGuard {
  const [registry] = useState(() => new UnsavedChangesRegistry());
  const [target, setTarget] = useState<string | null>(null);
  const allowed = useRef<string | null>(null);

  const go = (hash: string) => {
    window.location.hash = hash;
    // What the browser made of it (encoding), so the hashchange it fires is recognised.
    allowed.current = window.location.hash;
  };

  const ask = async (hash: string) => {
    // A save under way: its answer decides whether anything is still unsaved.
    const running = registry.running();
    if (running.length > 0) await Promise.allSettled(running);
    if (registry.dirty().length === 0) go(hash);
    else setTarget(hash);
  };

  const askRef = useRef(ask);
  useLayoutEffect(() => {
    askRef.current = ask;
  });

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!registry.needsAsking()) return;
      event.preventDefault();
      // Older Chromium (and Electron's will-prevent-unload) also want returnValue set.
      event.returnValue = '';
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCtrlS(event)) return;
      event.preventDefault();
      // Inside a dialog Ctrl+S submits the dialog's own form; the page behind it waits.
      const active = document.activeElement;
      if (active?.closest('[role="dialog"]')) {
        active.closest('form')?.requestSubmit();
        return;
      }
      if (document.querySelector('[role="dialog"]')) return;
      void registry.saveAll();
    };
    const onClick = (event: MouseEvent) => {
      const hash = routeLinkOf(event);
      if (!hash || hash === window.location.hash || !registry.needsAsking()) return;
      event.preventDefault();
      void askRef.current(hash);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick);
    document.addEventListener('focusin', keepAboveSaveBar);
    return () => {
      document.removeEventListener('focusin', keepAboveSaveBar);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('click', onClick);
    };
  }, [registry]);

  const allowHashChange = (hash: string) => {
    if (allowed.current === hash) {
      allowed.current = null;
      return true;
    }
    if (!registry.needsAsking()) return true;
    void askRef.current(hash);
    return false;
  };

  const dialog =
    target === null ? null : (
      <LeaveDialog
        save={() => registry.saveAll()}
        onLeave={() => {
          setTarget(null);
          go(target);
        }}
        onStay={() => setTarget(null)}
      />
    );

  return { allowHashChange, registry, dialog };
}

/** "Ungespeicherte Änderungen": save and go, go without saving, or stay (Escape). */
function LeaveDialog({ save, onLeave, onStay }: { save: () => Promise<boolean>; onLeave: () => void; onStay: () => void }) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);

  const onSave = async () => {
    if (saving) return;
    setSaving(true);
    const saved = await save();
    setSaving(false);
    if (saved) {
      onLeave();
      return;
    }
    onStay();
    // The refusal is shown at its field; after the dialog has given the focus back, it goes there.
    window.setTimeout(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus(), 0);
  };

  return (
    <Dialog title={t('common.unsaved.title')} description={t('common.unsaved.text')} onClose={onStay} initialFocus={saveButton} size="medium">
      <div className="dialog__actions leave-dialog__actions">
        <button type="button" className="button button--secondary" onClick={onStay}>
          {t('common.unsaved.cancel')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => !saving && onLeave()} aria-disabled={saving || undefined}>
          {t('common.unsaved.discard')}
        </button>
        <button type="button" className="button button--primary" ref={saveButton} onClick={() => void onSave()} aria-disabled={saving || undefined}>
          {saving ? t('common.saving') : t('common.unsaved.save')}
        </button>
      </div>
    </Dialog>
  );
}
