import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { datePart, joinDateTime, timePart } from './meeting-format';
import { FormField } from './meeting-fields';
import { renameFields, type MeetingRunner } from './use-meeting-call';

/**
 * "Als durchgeführt markieren" asks for the end of the meeting: the minutes print start and end,
 * and the main side refuses "held" without one (its message appears at the field).
 */
export function MarkHeldDialog({ meeting, run, onClose }: { meeting: MeetingDto; run: MeetingRunner; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ endTime: meeting.endsAt ? timePart(meeting.endsAt) : '' });
  const onSubmit = form.onSubmit(async (values) => {
    const endsAt = values.endTime ? joinDateTime(datePart(meeting.startsAt), values.endTime) : undefined;
    const result = await run('meetings.setState', { id: meeting.id, state: 'held', ...(endsAt ? { endsAt } : {}) }, { quiet: true, success: t('meetings.page.stateChanged', { state: t('meetings.state.held') }) });
    if (!result.ok) return renameFields(result.error, { endsAt: 'endTime' });
    onClose();
  });
  return (
    <Dialog title={t('meetings.page.heldTitle')} description={t('meetings.page.heldText')} onClose={onClose} size="small">
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <FormField form={form} name="endTime" label={t('meetings.page.heldEnd')} required>
          {(control) => <input {...control} type="time" className="field__control" />}
        </FormField>
        <DialogActions onCancel={onClose} submitLabel={t('meetings.page.heldSubmit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
