import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { datePart, joinDateTime, timePart } from './meeting-format';
import { FormField, PeopleDatalist } from './meeting-fields';
import { useMeetingPeople } from './meeting-people';
import { meetingInput, meetingValuesOf } from './MeetingForm';
import { renameFields, type MeetingRunner } from './use-meeting-call';

/** The contract's fields as this dialog names them: the refusals appear at the field they concern. */
const HELD_FIELD_NAMES = { endsAt: 'endTime', chairContactId: 'chair', chairName: 'chair', minuteTakerContactId: 'minuteTaker', minuteTakerName: 'minuteTaker' };

/**
 * "Als durchgeführt markieren" asks for the end of the meeting and who chaired it and took the
 * minutes: the minutes print them, and the main side refuses "held" without (its message appears
 * at the field). Names typed here are saved with the meeting first.
 */
export function MarkHeldDialog({ meeting, run, onClose }: { meeting: MeetingDto; run: MeetingRunner; onClose: () => void }) {
  const { t } = useTranslation();
  const peopleId = useId();
  const { contacts } = useMeetingPeople();
  const form = useForm({ endTime: meeting.endsAt ? timePart(meeting.endsAt) : '', chair: meeting.chairName, minuteTaker: meeting.minuteTakerName });
  const onSubmit = form.onSubmit(async (values) => {
    if (values.chair.trim() !== meeting.chairName.trim() || values.minuteTaker.trim() !== meeting.minuteTakerName.trim()) {
      const built = meetingInput({ ...meetingValuesOf(meeting), chair: values.chair, minuteTaker: values.minuteTaker }, contacts);
      if ('error' in built) return renameFields(built.error, HELD_FIELD_NAMES);
      const saved = await run('meetings.update', { id: meeting.id, ...built.input }, { quiet: true });
      if (!saved.ok) return renameFields(saved.error, HELD_FIELD_NAMES);
    }
    const endsAt = values.endTime ? joinDateTime(datePart(meeting.startsAt), values.endTime) : undefined;
    const result = await run('meetings.setState', { id: meeting.id, state: 'held', ...(endsAt ? { endsAt } : {}) }, { quiet: true, success: t('meetings.page.stateChanged', { state: t('meetings.state.held') }) });
    if (!result.ok) return renameFields(result.error, HELD_FIELD_NAMES);
    onClose();
  });
  return (
    <Dialog title={t('meetings.page.heldTitle')} description={t('meetings.page.heldText')} onClose={onClose} size="small">
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <FormField form={form} name="endTime" label={t('meetings.page.heldEnd')} required>
          {(control) => <input {...control} type="time" className="field__control" />}
        </FormField>
        <FormField form={form} name="chair" label={t('meetings.form.chair')} hint={t('meetings.form.personHint')} required>
          {(control) => <input {...control} list={peopleId} className="field__control field__control--medium" autoComplete="off" />}
        </FormField>
        <FormField form={form} name="minuteTaker" label={t('meetings.form.minuteTaker')} hint={t('meetings.form.personHint')} required>
          {(control) => <input {...control} list={peopleId} className="field__control field__control--medium" autoComplete="off" />}
        </FormField>
        <PeopleDatalist id={peopleId} contacts={contacts} />
        <DialogActions onCancel={onClose} submitLabel={t('meetings.page.heldSubmit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
