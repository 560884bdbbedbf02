import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { formatDateShort } from '../../i18n/format';
import { FormField } from './meeting-fields';
import { localError, type MeetingRunner } from './use-meeting-call';

/** Approved minutes stay as approved; later corrections are recorded beside them and listed here. */
export function CorrectionsPanel({ meeting, run }: { meeting: MeetingDto; run: MeetingRunner }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const itemTitle = (id: number | null) => {
    const item = meeting.agenda.find((each) => each.id === id);
    return item ? t('meetings.agenda.itemHeading', { number: item.number, title: item.title }) : t('meetings.corrections.wholeMinutes');
  };
  return (
    <section className="card meeting-section" aria-labelledby={titleId}>
      <div className="meeting-section__head">
        <h2 className="card__title" id={titleId}>
          {t('meetings.corrections.title')}
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
          {t('meetings.corrections.record')}
        </button>
      </div>
      {meeting.corrections.length === 0 ? (
        <p className="muted">{t('meetings.corrections.none')}</p>
      ) : (
        <ul className="corrections-list">
          {meeting.corrections.map((correction) => (
            <li key={correction.id}>
              <p className="corrections-list__meta">
                {t('meetings.corrections.entry', { date: formatDateShort(correction.createdAt.slice(0, 10)), by: correction.enteredBy || t('common.emptyValue') })} · {itemTitle(correction.agendaItemId)}
              </p>
              <p>{correction.text}</p>
              <p className="muted">{t('meetings.corrections.reasonLabel', { reason: correction.reason })}</p>
            </li>
          ))}
        </ul>
      )}
      {open ? <CorrectionDialog meeting={meeting} run={run} onClose={() => setOpen(false)} /> : null}
    </section>
  );
}

function CorrectionDialog({ meeting, run, onClose }: { meeting: MeetingDto; run: MeetingRunner; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ agendaItemId: '', text: '', reason: '' });
  const onSubmit = useGuardedSubmit(form, async (values) => {
    const missing = (['text', 'reason'] as const).filter((name) => !values[name].trim());
    if (missing.length > 0) return localError(missing.map((field) => ({ field, messageKey: 'validation.required' })));
    const result = await run(
      'meetings.recordCorrection',
      { id: meeting.id, agendaItemId: values.agendaItemId ? Number(values.agendaItemId) : null, text: values.text, reason: values.reason },
      { quiet: true, success: t('meetings.corrections.saved') },
    );
    if (!result.ok) return result.error;
    onClose();
  });
  return (
    <Dialog title={t('meetings.corrections.dialogTitle')} description={t('meetings.corrections.dialogDescription')} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <FormField form={form} name="agendaItemId" label={t('meetings.corrections.item')}>
          {(control) => (
            <select {...control} className="field__control field__control--full">
              <option value="">{t('meetings.corrections.wholeMinutes')}</option>
              {meeting.agenda.map((item) => (
                <option key={item.id} value={String(item.id)}>{t('meetings.agenda.itemHeading', { number: item.number, title: item.title })}</option>
              ))}
            </select>
          )}
        </FormField>
        <FormField form={form} name="text" label={t('meetings.corrections.text')} required>
          {(control) => <textarea {...control} className="field__control field__control--full" rows={4} />}
        </FormField>
        <FormField form={form} name="reason" label={t('meetings.corrections.reason')} required>
          {(control) => <input {...control} className="field__control field__control--full" autoComplete="off" />}
        </FormField>
        <DialogActions onCancel={onClose} submitLabel={t('meetings.corrections.record')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
