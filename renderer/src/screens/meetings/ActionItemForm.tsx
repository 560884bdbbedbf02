import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItemTitle } from './meeting-names';
import type { MeetingDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { DateInput } from '../../components/date-inputs';
import { FormErrors } from '../../components/fields';
import { FormField, PeopleDatalist } from './meeting-fields';
import { contactsNamed } from './meeting-people';
import type { MeetingRunner } from './use-meeting-call';

interface ActionItemFormProps {
  readonly meeting: MeetingDto;
  readonly run: MeetingRunner;
  /** Live mode fills in the item being minuted. */
  readonly agendaItemId?: number | null;
  readonly onDone?: () => void;
  readonly onCancel?: () => void;
  /** Focus the first field when shown (dialog in live mode). */
  readonly autoFocus?: boolean;
}

/** Neue Aufgabe: was, wer (a contact or any name), bis wann, zu welchem TOP. */
export function ActionItemForm({ meeting, run, agendaItemId = null, onDone, onCancel, autoFocus }: ActionItemFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const peopleId = useId();
  const form = useForm({ title: '', who: '', dueOn: '', agendaItemId: agendaItemId === null ? '' : String(agendaItemId) });

  const onSubmit = useGuardedSubmit(form, async (values) => {
    const who = values.who.trim();
    const [contact] = await contactsNamed(api, who);
    const result = await run(
      'actionItems.create',
      {
        meetingId: meeting.id,
        agendaItemId: values.agendaItemId ? Number(values.agendaItemId) : null,
        title: values.title,
        assigneeContactId: contact?.id ?? null,
        assigneeName: who,
        dueOn: values.dueOn || null,
      },
      { quiet: true, success: t('meetings.actionItems.added') },
    );
    if (!result.ok) return { ...result.error, fields: result.error.fields.map((field) => (field.field.startsWith('assignee') ? { ...field, field: 'who' } : field)) };
    form.reset({ title: '', who: '', dueOn: '', agendaItemId: values.agendaItemId });
    form.focus('title');
    onDone?.();
  });

  return (
    <form className="form action-item-form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
      <FormErrors messages={form.formErrors} />
      <FormField form={form} name="title" label={t('meetings.actionItems.what')} required>
        {(control) => <input {...control} className="field__control field__control--full" autoComplete="off" autoFocus={autoFocus} />}
      </FormField>
      <div className="field-row">
        <FormField form={form} name="who" label={t('meetings.actionItems.who')} hint={t('meetings.form.personHint')} optional>
          {(control) => <input {...control} list={peopleId} className="field__control field__control--medium" autoComplete="off" />}
        </FormField>
        <FormField form={form} name="dueOn" label={t('meetings.actionItems.due')} optional>
          {(control) => <DateInput {...control} onChange={(value) => form.setValue('dueOn', value)} />}
        </FormField>
        <FormField form={form} name="agendaItemId" label={t('meetings.actionItems.agendaItem')} optional>
          {(control) => (
            <select {...control} className="field__control field__control--medium">
              <option value="">{t('meetings.actionItems.noAgendaItem')}</option>
              {meeting.agenda.map((item) => (
                <option key={item.id} value={String(item.id)}>
                  {`${item.number} ${agendaItemTitle(t, item)}`}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <PeopleDatalist id={peopleId} text={form.values.who} />
      <div className={onCancel ? 'dialog__actions' : 'form__actions'}>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.close')}
          </button>
        ) : null}
        <button type="submit" className="button button--secondary" aria-disabled={form.submitting || undefined}>
          {t('meetings.actionItems.add')}
        </button>
      </div>
    </form>
  );
}
