import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateShort, formatTimeOfDay } from '../i18n/format';
import { Dialog, DialogActions } from './Dialog';
import './conflict.css';

/** One field that differs between what the user typed and what a colleague saved meanwhile. */
export interface ConflictField {
  readonly name: string;
  readonly label: string;
  /** The values as the user reads them (a field's name, not its id). */
  readonly mine: string;
  readonly theirs: string;
  /** The user changed this field (then the user's version is chosen first, else the colleague's). */
  readonly changedByMe: boolean;
  /** The colleague's save changed it (a field only the user changed is shown too, so it is clear what is kept). */
  readonly changedByThem: boolean;
}

export type ConflictChoice = 'mine' | 'theirs';

interface ConflictDialogProps {
  /** Who saved meanwhile ('' when the app does not know, e.g. after a data-protection erasure). */
  readonly changedBy: string;
  readonly changedAt: string;
  readonly fields: readonly ConflictField[];
  onCancel(): void;
  onResolve(choices: Readonly<Record<string, ConflictChoice>>): void;
}

/**
 * "Inzwischen von NAME geändert": both versions side by side, one choice per field. Fields the
 * user changed start on the user's version, the others on the colleague's, so a plain
 * "Auswahl speichern" keeps both people's work; nothing is saved before the user decides.
 */
export function ConflictDialog({ changedBy, changedAt, fields, onCancel, onResolve }: ConflictDialogProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>(() =>
    Object.fromEntries(fields.map((field) => [field.name, field.changedByMe ? 'mine' : 'theirs'])),
  );
  const theirsLabel = changedBy ? t('common.conflict.theirs', { name: changedBy }) : t('common.conflict.theirsUnnamed');
  const title = changedBy ? t('common.conflict.title', { name: changedBy }) : t('common.conflict.titleUnnamed');
  const whoChanged = (field: ConflictField): string => {
    if (field.changedByMe && field.changedByThem) return t('common.conflict.changedByBoth');
    if (field.changedByMe) return t('common.conflict.changedByMe');
    return changedBy ? t('common.conflict.changedByThem', { name: changedBy }) : t('common.conflict.changedByThemUnnamed');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog is a portal: its submit must not bubble to a form around it in the React tree.
    event.stopPropagation();
    onResolve(choices);
  };
  return (
    <Dialog
      title={title}
      size="large"
      onClose={onCancel}
      description={<p>{t('common.conflict.description', { date: formatDateShort(changedAt), time: formatTimeOfDay(changedAt), count: fields.length })}</p>}
    >
      <form onSubmit={submit} className="conflict">
        {fields.map((field) => (
          <fieldset key={field.name} className="conflict__field">
            <legend className="conflict__legend">
              {field.label}
              {' – '}
              <span className="conflict__who">{whoChanged(field)}</span>
            </legend>
            <div className="conflict__versions">
              {(['mine', 'theirs'] as const).map((side) => {
                const valueId = `${idPrefix}-${field.name}-${side}`;
                return (
                  <div key={side} className={`conflict__version${choices[field.name] === side ? ' conflict__version--chosen' : ''}`}>
                    <label className="conflict__choice">
                      <input
                        type="radio"
                        name={`${idPrefix}-${field.name}`}
                        value={side}
                        checked={choices[field.name] === side}
                        aria-describedby={valueId}
                        onChange={() => setChoices((previous) => ({ ...previous, [field.name]: side }))}
                      />{' '}
                      {side === 'mine' ? t('common.conflict.mine') : theirsLabel}
                    </label>
                    <div className="conflict__value" id={valueId}>
                      {(side === 'mine' ? field.mine : field.theirs) || t('common.conflict.empty')}
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        <DialogActions onCancel={onCancel} submitLabel={t('common.conflict.save')} />
      </form>
    </Dialog>
  );
}
