import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { TimeInput } from '../../components/date-inputs';
import { FieldError, FormErrors } from '../../components/fields';
import { formatDateWithWeekday } from '../../i18n/format';
import { datePart, joinDateTime, nowLocal, timePart } from './meeting-format';
import { FormField, PeopleDatalist } from './meeting-fields';
import { peopleNamed } from './meeting-people';
import { meetingInput, meetingValuesOf } from './MeetingForm';
import { renameFields, type MeetingRunner } from './use-meeting-call';

/** The contract's fields as this dialog names them: the refusals appear at the field they concern. */
const HELD_FIELD_NAMES = { confirmedEarly: 'confirmedEarly', endsAt: 'endTime', chairContactId: 'chair', chairName: 'chair', minuteTakerContactId: 'minuteTaker', minuteTakerName: 'minuteTaker' };

/**
 * "Als durchgeführt markieren" asks for the end of the meeting and who chaired it and took the
 * minutes: the minutes print them, and the main side refuses "held" without (its message appears
 * at the field). Names typed here are saved with the meeting first. On the meeting's own day but
 * before its start time it asks once more ("Die Sitzung beginnt erst am … um 18:00 Uhr. Trotzdem
 * als durchgeführt markieren?") with a checkbox; the main side refuses without that confirmation.
 */
export function MarkHeldDialog({ meeting, run, onClose }: { meeting: MeetingDto; run: MeetingRunner; onClose: () => void }) {
  const { t } = useTranslation();
  const peopleId = useId();
  const api = useApi();
  const form = useForm({ endTime: meeting.endsAt ? timePart(meeting.endsAt) : '', chair: meeting.chairName, minuteTaker: meeting.minuteTakerName, confirmedEarly: '' });
  // Asked when the dialog sees it is early; also when the main side says so (the clock moved on while it stood open the other way round is harmless).
  const now = nowLocal();
  const earlyError = form.errorFor('confirmedEarly');
  const early = (datePart(meeting.startsAt) === datePart(now) && meeting.startsAt > now) || earlyError !== undefined;
  const confirmedEarly = form.values.confirmedEarly === 'yes';
  const onSubmit = form.onSubmit(async (values) => {
    if (values.chair.trim() !== meeting.chairName.trim() || values.minuteTaker.trim() !== meeting.minuteTakerName.trim()) {
      const built = meetingInput({ ...meetingValuesOf(meeting), chair: values.chair, minuteTaker: values.minuteTaker }, await peopleNamed(api, [values.chair, values.minuteTaker]));
      if ('error' in built) return renameFields(built.error, HELD_FIELD_NAMES);
      const saved = await run('meetings.update', { id: meeting.id, ...built.input }, { quiet: true });
      if (!saved.ok) return renameFields(saved.error, HELD_FIELD_NAMES);
    }
    const endsAt = values.endTime ? joinDateTime(datePart(meeting.startsAt), values.endTime) : undefined;
    const result = await run('meetings.setState', { id: meeting.id, state: 'held', ...(endsAt ? { endsAt } : {}), ...(values.confirmedEarly === 'yes' ? { confirmedEarly: true } : {}) }, { quiet: true, success: t('meetings.page.stateChanged', { state: t('meetings.state.held') }) });
    if (!result.ok) return renameFields(result.error, HELD_FIELD_NAMES);
    onClose();
  });
  return (
    <Dialog title={t('meetings.page.heldTitle')} description={t('meetings.page.heldText')} onClose={onClose} size="small">
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <FormField form={form} name="endTime" label={t('meetings.page.heldEnd')} required>
          {(control) => <TimeInput {...control} onChange={(value) => form.setValue('endTime', value)} />}
        </FormField>
        <FormField form={form} name="chair" label={t('meetings.form.chair')} hint={t('meetings.form.personHint')} required>
          {(control) => <input {...control} list={`${peopleId}-chair`} className="field__control field__control--medium" autoComplete="off" />}
        </FormField>
        <FormField form={form} name="minuteTaker" label={t('meetings.form.minuteTaker')} hint={t('meetings.form.personHint')} required>
          {(control) => <input {...control} list={`${peopleId}-minutes`} className="field__control field__control--medium" autoComplete="off" />}
        </FormField>
        {early ? (
          <div className="field">
            {/* The main side's refusal says the same: then only it is shown, at the checkbox. */}
            {earlyError ? null : (
              <p id={form.ids.hint('confirmedEarly')}>
                {t('meetings.page.heldEarly', { date: formatDateWithWeekday(datePart(meeting.startsAt)), time: timePart(meeting.startsAt) })}
              </p>
            )}
            <label className="checkbox-line">
              <input
                type="checkbox"
                id={form.ids.field('confirmedEarly')}
                ref={form.refFor('confirmedEarly')}
                checked={confirmedEarly}
                onChange={(event) => form.setValue('confirmedEarly', event.target.checked ? 'yes' : '')}
                aria-invalid={earlyError ? true : undefined}
                aria-describedby={earlyError ? form.ids.error('confirmedEarly') : form.ids.hint('confirmedEarly')}
              />
              <span>{t('meetings.page.heldEarlyConfirm')}</span>
            </label>
            {earlyError ? <FieldError id={form.ids.error('confirmedEarly')} text={earlyError} /> : null}
          </div>
        ) : null}
        <PeopleDatalist id={`${peopleId}-chair`} text={form.values.chair} />
        <PeopleDatalist id={`${peopleId}-minutes`} text={form.values.minuteTaker} />
        <DialogActions onCancel={onClose} submitLabel={t('meetings.page.heldSubmit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
