import { useTranslation } from 'react-i18next';
import type { ProgressNoteDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { FormErrors, FormSubmit } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { formatDateLong, formatDateShort } from '../../i18n/format';
import { InputField, TextAreaField } from './controls';
import { todayIso } from './measure-helpers';

/** Newest first, like the main side sorts them: by date, then by when they were entered. */
export const byNewest = (a: ProgressNoteDto, b: ProgressNoteDto): number => b.notedOn.localeCompare(a.notedOn) || b.id - a.id;

/** "Fortschrittsnotizen": what happened since (newest first), and a short form for the next one. */
export function ProgressNotes({ measureId, notes, onAdded }: { measureId: number; notes: readonly ProgressNoteDto[]; onAdded: (note: ProgressNoteDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm({ notedOn: todayIso(), text: '' });

  const onSubmit = useGuardedSubmit(form, async (values) => {
    const result = await api.call('measures.addNote', { measureId, notedOn: values.notedOn, text: values.text });
    if (!result.ok) return result.error;
    toasts.success(t('measures.notes.added'));
    form.reset({ notedOn: values.notedOn, text: '' });
    form.focus('text');
    onAdded(result.data);
  });

  return (
    <>
      <form className="notes-form form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined} aria-label={t('measures.notes.formLabel')}>
        <FormErrors messages={form.formErrors} />
        <InputField form={form} name="notedOn" type="date" width="short" label={t('measures.notes.notedOn')} required />
        <TextAreaField form={form} name="text" label={t('measures.notes.text')} hint={t('measures.notes.textHint')} required rows={3} />
        <FormSubmit submitting={form.submitting} label={t('measures.notes.add')} secondary />
      </form>
      {notes.length === 0 ? (
        <p className="muted">{t('measures.notes.empty')}</p>
      ) : (
        <ol className="notes" aria-label={t('measures.notes.listLabel', { count: notes.length })}>
          {[...notes].sort(byNewest).map((note) => (
            <li key={note.id} className="notes__item">
              <span className="timeline__date">{formatDateLong(note.notedOn)}</span>
              <p className="notes__text">{note.text}</p>
              <p className="notes__meta">
                {note.enteredBy
                  ? t('measures.history.enteredBy', { name: note.enteredBy, date: formatDateShort(note.createdAt) })
                  : t('measures.history.enteredOn', { date: formatDateShort(note.createdAt) })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
