import { useRef, useState, type ReactNode } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';

interface ReplaceDatabaseDialogProps {
  readonly title: string;
  /** What the replacement does, said plainly. */
  readonly description: ReactNode;
  /** Shown between the description and a failure (the file that replaces the data, a warning). */
  readonly children?: ReactNode;
  /** A refusal found before anything runs (the dialog does not turn busy), or `null`. */
  readonly check?: () => string | null;
  /**
   * Replaces the data file: `null` once it is replaced (the dialog stays busy while the app is
   * loaded again), or the text of the failure, which stays in the dialog.
   */
  readonly replace: () => Promise<string | null>;
  readonly confirmLabel: string;
  readonly busyLabel: string;
  readonly onClose: () => void;
  readonly fallbackFocus?: () => HTMLElement | null | undefined;
}

/**
 * The confirmation before the open database is replaced (restoring a backup, importing a
 * database): Cancel has the focus, the dialog cannot be closed while it runs, failures stay in it.
 */
export function ReplaceDatabaseDialog({ title, description, children, check, replace, confirmLabel, busyLabel, onClose, fallbackFocus }: ReplaceDatabaseDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  const close = () => {
    if (!busy) onClose();
  };

  const confirm = async () => {
    if (busy) return;
    setError(null);
    const refusal = check?.() ?? null;
    if (refusal !== null) {
      setError(refusal);
      return;
    }
    setBusy(true);
    const failure = await replace();
    if (failure === null) return;
    setBusy(false);
    setError(failure);
  };

  return (
    <Dialog title={title} description={description} onClose={close} initialFocus={cancel} fallbackFocus={fallbackFocus} size="small">
      {children}
      {error ? (
        <div className="backup-dialog__error">
          <FormErrors messages={[error]} />
        </div>
      ) : null}
      <DialogActions
        onCancel={close}
        cancelRef={cancel}
        holdCancelWhileBusy
        busy={busy}
        onConfirm={() => void confirm()}
        submitLabel={busy ? busyLabel : confirmLabel}
      />
    </Dialog>
  );
}
