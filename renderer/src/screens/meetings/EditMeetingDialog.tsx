import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { MEETING_FIELD_NAMES, meetingInput, MeetingFormFields, meetingValuesOf } from './MeetingForm';
import { peopleNamed, useMeetingPeople } from './meeting-people';
import { renameFields } from './use-meeting-call';

/** "Angaben bearbeiten": the same fields as when the meeting was created. */
export function EditMeetingDialog({ meeting, onClose, onSaved }: { meeting: MeetingDto; onClose: () => void; onSaved: (meeting: MeetingDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const { bodies } = useMeetingPeople();
  const form = useForm(meetingValuesOf(meeting));

  const onSubmit = useGuardedSubmit(form, async (values) => {
    const built = meetingInput(values, await peopleNamed(api, [values.chair, values.minuteTaker]));
    if ('error' in built) return built.error;
    const result = await api.call('meetings.update', { id: meeting.id, ...built.input });
    if (!result.ok) return renameFields(result.error, MEETING_FIELD_NAMES);
    toasts.success(t('meetings.edit.saved'));
    onSaved(result.data);
  });

  return (
    <Dialog title={t('meetings.edit.title')} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <MeetingFormFields form={form} bodies={bodies} />
        <DialogActions onCancel={onClose} submitLabel={t('common.save')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
