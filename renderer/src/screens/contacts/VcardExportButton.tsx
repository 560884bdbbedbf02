import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogActions } from '../../components/Dialog';

export type VcardKind = 'contactsVcard' | 'contactsVcardZip';

interface VcardExportButtonProps {
  /** The button's text: "Liste als vCard", "Mitglieder als vCard". */
  readonly label: string;
  readonly disabled?: boolean;
  onExport(kind: VcardKind): Promise<unknown>;
}

/**
 * vCards in the shape the next program needs: one file with every card (Thunderbird, phones,
 * the app itself) or a .zip with one file per person, since Outlook's import reads only the first
 * card of a file. Asked in a small dialog; the first choice is preselected.
 */
export function VcardExportButton({ label, disabled, onExport }: VcardExportButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<VcardKind>('contactsVcard');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await onExport(kind);
      setOpen(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button button--secondary" disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open ? (
        <Dialog title={t('contacts.export.vcardTitle')} onClose={() => setOpen(false)} size="small">
          <form className="form" onSubmit={(event) => void submit(event)} noValidate>
            <fieldset className="vcard-choice">
              <legend className="field__label">{t('contacts.export.vcardShape')}</legend>
              {(['contactsVcard', 'contactsVcardZip'] as const).map((each) => (
                <label key={each} className="vcard-choice__option">
                  <input type="radio" name={`${id}-shape`} value={each} checked={kind === each} onChange={() => setKind(each)} aria-describedby={`${id}-${each}`} />
                  <span>
                    {t(`contacts.export.${each}`)}
                    <span className="field__hint" id={`${id}-${each}`}>
                      {t(`contacts.export.${each}Hint`)}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            <DialogActions onCancel={() => setOpen(false)} submitLabel={t('contacts.export.vcardSubmit')} busy={busy} />
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
