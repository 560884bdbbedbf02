import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureRowDto } from '../../../../contract';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { StatusBadge } from '../../leitbild/StatusBadge';
import { Field } from '../../components/fields';

export interface SaveChoices {
  /** Record the Antrag in the list of motions (`documents.saveAntrag`). */
  readonly record: boolean;
  /** …and move its measures to "beantragt" in the same step. */
  readonly markSubmitted: boolean;
  readonly drucksache: string;
}

export interface Refusal {
  readonly row: Pick<MeasureRowDto, 'id' | 'code' | 'title' | 'status'> | null;
  readonly text: string;
}

/** What a save attempt left for the dialog to show; `done` closes it. */
export type SaveOutcome = { readonly done: true } | { readonly done: false; readonly refusals: readonly Refusal[]; readonly drucksache?: string; readonly other: readonly string[] };

interface SaveAntragDialogProps {
  readonly fileName: string;
  readonly measureCount: number;
  readonly onSave: (choices: SaveChoices) => Promise<SaveOutcome>;
  readonly onClose: () => void;
}

/**
 * "Speichern …": the Word file, and – offered, not forced – recording the Antrag and moving its
 * measures to "beantragt" (all or nothing; the refusal names the measure and the reason).
 */
export function SaveAntragDialog({ fileName, measureCount, onSave, onClose }: SaveAntragDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [record, setRecord] = useState(true);
  const [markSubmitted, setMarkSubmitted] = useState(false);
  const [drucksache, setDrucksache] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Exclude<SaveOutcome, { done: true }> | null>(null);
  const refusalsRef = useRef<HTMLDivElement>(null);
  const drucksacheRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    void onSave({ record, markSubmitted: record && markSubmitted, drucksache: drucksache.trim() })
      .then((result) => {
        if (result.done) return;
        setOutcome(result);
        // The refusal is announced (role alert); the focus goes where something can be done.
        window.setTimeout(() => (result.drucksache ? drucksacheRef.current : refusalsRef.current)?.focus(), 0);
      })
      .finally(() => setBusy(false));
  };

  return (
    <Dialog title={t('documents.antrag.save.title')} description={<p>{t('documents.antrag.save.description', { fileName })}</p>} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
        <FormErrors messages={outcome?.other ?? []} />
        {outcome && outcome.refusals.length > 0 ? (
          <div className="save-refusals" role="alert" tabIndex={-1} ref={refusalsRef}>
            <p className="save-refusals__title">{t('documents.antrag.save.refusedTitle')}</p>
            <ul className="save-refusals__list">
              {outcome.refusals.map((refusal, index) => (
                <li key={refusal.row?.id ?? `other-${index}`}>
                  {refusal.row ? (
                    <span className="save-refusals__measure">
                      <strong>
                        {refusal.row.code} {refusal.row.title}
                      </strong>{' '}
                      <StatusBadge status={refusal.row.status} />
                    </span>
                  ) : null}
                  <span className="save-refusals__text">{refusal.text}</span>
                </li>
              ))}
            </ul>
            <p className="save-refusals__hint">{t('documents.antrag.save.refusedHint')}</p>
          </div>
        ) : null}

        <div className="check-field">
          <input id={`${id}-record`} type="checkbox" checked={record} onChange={(event) => setRecord(event.target.checked)} aria-describedby={`${id}-record-hint`} />
          <div>
            <label htmlFor={`${id}-record`} className="check-field__label">
              {t('documents.antrag.save.record')}
            </label>
            <p className="field__hint" id={`${id}-record-hint`}>
              {t('documents.antrag.save.recordHint')}
            </p>
          </div>
        </div>

        {record ? (
          <div className="save-record-options">
            <div className="check-field">
              <input
                id={`${id}-submit`}
                type="checkbox"
                checked={markSubmitted}
                onChange={(event) => setMarkSubmitted(event.target.checked)}
                aria-describedby={`${id}-submit-hint`}
              />
              <div>
                <label htmlFor={`${id}-submit`} className="check-field__label">
                  {t('documents.antrag.save.markSubmitted', { count: measureCount })}
                </label>
                <p className="field__hint" id={`${id}-submit-hint`}>
                  {t('documents.antrag.save.markSubmittedHint')}
                </p>
              </div>
            </div>
          </div>
        ) : null}

        <Field label={t('documents.antrag.save.drucksache')} hint={t('documents.antrag.save.drucksacheHint')} error={outcome?.drucksache} optional>
          {(control) => (
            <input
              {...control}
              ref={drucksacheRef}
              className="field__control field__control--short"
              value={drucksache}
              maxLength={20}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setDrucksache(event.target.value)}
            />
          )}
        </Field>

        <DialogActions onCancel={onClose} submitLabel={busy ? t('common.saving') : t('documents.antrag.save.submit')} busy={busy} />
      </form>
    </Dialog>
  );
}
