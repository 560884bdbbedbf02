import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckCircleIcon, CloseIcon, InfoIcon } from './icons';
import { useToastPlacement } from './toast-placement';
import './toasts.css';

export type ToastKind = 'success' | 'info' | 'error';

interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly message: string;
}

export interface Toasts {
  success(message: string): void;
  info(message: string): void;
  /** Errors stay until dismissed and are announced assertively. */
  error(message: string): void;
}

/** How long a success or info toast stays (paused while hovered or focused). */
export const TOAST_HIDE_AFTER_MS = 6000;

/** More would cover too much of the screen; the oldest goes first. */
const MAX_VISIBLE = 3;

/** Drops the oldest success or info first: an error stays until it is dismissed. */
function limit(toasts: Toast[]): Toast[] {
  const result = [...toasts];
  while (result.length > MAX_VISIBLE) {
    const oldestQuiet = result.findIndex((toast) => toast.kind !== 'error');
    result.splice(oldestQuiet === -1 ? 0 : oldestQuiet, 1);
  }
  return result;
}

const ToastContext = createContext<Toasts | null>(null);

export function useToasts(): Toasts {
  const toasts = useContext(ToastContext);
  if (!toasts) throw new Error('useToasts() needs a <ToastProvider>');
  return toasts;
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  const [paused, setPaused] = useState(false);
  const autoHide = toast.kind !== 'error';

  useEffect(() => {
    if (!autoHide || paused) return;
    const timer = window.setTimeout(() => onDismiss(toast.id), TOAST_HIDE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [autoHide, paused, onDismiss, toast.id]);

  const Icon = toast.kind === 'error' ? AlertIcon : toast.kind === 'success' ? CheckCircleIcon : InfoIcon;
  return (
    <div
      className={`toast toast--${toast.kind}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="toast__icon">
        <Icon />
      </span>
      <p className="toast__message">
        <span className="visually-hidden">{t(`common.toasts.${toast.kind}`)}: </span>
        {toast.message}
      </p>
      <button type="button" className="icon-button toast__dismiss" aria-label={t('common.toasts.dismiss')} title={t('common.toasts.dismiss')} onClick={() => onDismiss(toast.id)}>
        <CloseIcon size={18} />
      </button>
    </div>
  );
}

/**
 * Result messages. The two live regions are always in the document (so screen readers notice
 * what is added): polite for success and info, assertive for errors. Rendered into `body`
 * so a modal dialog making the app inert does not silence them.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const regionRef = useRef<HTMLElement>(null);
  // Never over the control in use (a button just pressed, a field being typed in).
  const placement = useToastPlacement(regionRef, toasts.length);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const api = useMemo<Toasts>(() => {
    const show = (kind: ToastKind) => (message: string) => {
      const id = nextId.current++;
      // The same message twice in a row replaces the older one instead of stacking.
      setToasts((current) => limit([...current.filter((toast) => !(toast.kind === kind && toast.message === message)), { id, kind, message }]));
    };
    return { success: show('success'), info: show('info'), error: show('error') };
  }, []);

  const polite = toasts.filter((toast) => toast.kind !== 'error');
  const assertive = toasts.filter((toast) => toast.kind === 'error');
  const region = (
    <section ref={regionRef} className={`toasts toasts--${placement}`} aria-label={t('common.toasts.label')} data-live-region="">
      <div className="toasts__list" role="alert" aria-live="assertive" aria-relevant="additions">
        {assertive.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
      <div className="toasts__list" role="status" aria-live="polite" aria-relevant="additions">
        {polite.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </section>
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      {createPortal(region, document.body)}
    </ToastContext.Provider>
  );
}
