import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogActions } from '../../components/Dialog';

export type ContactFileKind = 'contactsXlsx' | 'contactsCsv' | 'contactsVcard' | 'contactsVcardZip';

interface ExportChoiceButtonProps {
  /** The button's text: "Liste exportieren …", "Mitglieder als vCard". */
  readonly label: string;
  /** The dialog's title. */
  readonly title: string;
  /** The shapes offered, the first preselected. */
  readonly choices: readonly ContactFileKind[];
  readonly disabled?: boolean;
  onExport(kind: ContactFileKind): Promise<unknown>;
}

/**
 * Contacts in the shape the next program needs, chosen in a small dialog, each choice with a line
 * saying what it is for: an Excel workbook, CSV, one vCard file (Thunderbird, phones, this app) or
 * a .zip with one vCard per person (Outlook's import reads only the first card of a file).
 */
export function ExportChoiceButton({ label, title, choices, disabled, onExport }: ExportChoiceButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ContactFileKind>(choices[0]!);
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
        <Dialog title={title} onClose={() => setOpen(false)} size="small">
          <form className="form" onSubmit={(event) => void submit(event)} noValidate>
            <fieldset className="export-choice">
              <legend className="field__label">{t('contacts.export.shape')}</legend>
              {choices.map((each) => (
                <label key={each} className="export-choice__option">
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
            <DialogActions onCancel={() => setOpen(false)} submitLabel={t('contacts.export.submit')} busy={busy} />
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
