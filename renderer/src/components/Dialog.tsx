import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Text that explains the dialog; read out together with the title. */
  readonly description?: ReactNode;
  /** What gets the focus on open; otherwise the first control. */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  /** Where the focus goes on close when the element that opened the dialog is gone (e.g. a deleted row). */
  readonly fallbackFocus?: () => HTMLElement | null | undefined;
  readonly size?: 'small' | 'medium' | 'large';
}

/** Everything outside the dialog becomes inert while it is open; live regions stay audible. */
function makeBackgroundInert(dialogHost: HTMLElement): () => void {
  const changed: Element[] = [];
  for (const element of Array.from(document.body.children)) {
    if (element === dialogHost || element.hasAttribute('data-live-region') || element.hasAttribute('inert')) continue;
    element.setAttribute('inert', '');
    changed.push(element);
  }
  return () => changed.forEach((element) => element.removeAttribute('inert'));
}

/**
 * A modal dialog: role dialog, aria-modal, labelled by its title, Escape closes, Tab stays inside,
 * and on close the focus goes back to where it was.
 */
export function Dialog({ title, onClose, children, description, initialFocus, fallbackFocus, size = 'medium' }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  const fallbackRef = useRef(fallbackFocus);
  useEffect(() => {
    onCloseRef.current = onClose;
    fallbackRef.current = fallbackFocus;
  });

  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = 'dialog-host';
    return element;
  });

  useEffect(() => {
    const element = host;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.body.appendChild(element);
    const restoreBackground = makeBackgroundInert(element);
    const target = initialFocus?.current ?? panel.current?.querySelector<HTMLElement>(FOCUSABLE) ?? panel.current;
    target?.focus();
    return () => {
      restoreBackground();
      element.remove();
      const back = opener?.isConnected ? opener : fallbackRef.current?.();
      back?.focus();
    };
    // Runs once per opening; the refs carry the latest callbacks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const focusables = Array.from(panel.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && (document.activeElement === first || document.activeElement === panel.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={panel}
        className={`dialog dialog--${size}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 className="dialog__title" id={titleId}>
          {title}
        </h2>
        {description ? (
          <div className="dialog__description" id={descriptionId}>
            {description}
          </div>
        ) : null}
        {children}
      </div>
    </div>,
    host,
  );
}

interface DialogActionsProps {
  onCancel(): void;
  readonly submitLabel: string;
  /** For a dialog without a form: the button does this instead of submitting. */
  onConfirm?: () => void;
  /** While saving (or not ready): marks the submit button aria-disabled; it stays focusable. */
  readonly busy?: boolean;
  /** The submit removes or ends something. */
  readonly danger?: boolean;
  /** For the dialog's initial focus (a dialog that replaces data starts on "Abbrechen"). */
  readonly cancelRef?: RefObject<HTMLButtonElement | null>;
  /** While busy, "Abbrechen" is marked aria-disabled too: for work that cannot stop halfway. */
  readonly holdCancelWhileBusy?: boolean;
}

/** The foot of a dialog: "Abbrechen", then the submit (or confirm) button. */
export function DialogActions({ onCancel, submitLabel, onConfirm, busy, danger, cancelRef, holdCancelWhileBusy }: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="dialog__actions">
      <button type="button" className="button button--secondary" ref={cancelRef} onClick={onCancel} aria-disabled={(holdCancelWhileBusy && busy) || undefined}>
        {t('common.cancel')}
      </button>
      <button
        type={onConfirm ? 'button' : 'submit'}
        className={`button ${danger ? 'button--danger' : 'button--primary'}`}
        aria-disabled={busy || undefined}
        onClick={onConfirm}
      >
        {submitLabel}
      </button>
    </div>
  );
}

/** The foot of a dialog that only informs: one "Schließen". */
export function DialogCloseAction({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog__actions">
      <button type="button" className="button button--primary" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
