import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto, StandardItem } from '../../../../contract';
import { STANDARD_ITEMS } from '../../../../contract/meetings/meetings-constants';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { todayLocal } from './meeting-format';
import { emptyMeetingValues, MEETING_FIELD_NAMES, meetingInput, MeetingFormFields } from './MeetingForm';
import { peopleNamed, useMeetingPeople } from './meeting-people';
import { NextMeetingNote, useNextMeetingSuggestion } from './next-meeting-suggestion';
import { renameFields } from './use-meeting-call';

/** Standard items ticked by default: what nearly every council agenda has. */
const DEFAULT_STANDARD: readonly StandardItem[] = STANDARD_ITEMS;

/** "Neue Sitzung": the meeting's facts and which standard items the agenda starts with. */
export function NewMeetingDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (meeting: MeetingDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const { bodies } = useMeetingPeople();
  const [initial] = useState(() => emptyMeetingValues('council_meeting', todayLocal()));
  const form = useForm(initial);
  const suggestedFrom = useNextMeetingSuggestion(form, initial);
  const [standardItems, setStandardItems] = useState<readonly StandardItem[]>(DEFAULT_STANDARD);

  const onSubmit = form.onSubmit(async (values) => {
    const built = meetingInput(values, await peopleNamed(api, [values.chair, values.minuteTaker]));
    if ('error' in built) return built.error;
    const result = await api.call('meetings.create', { ...built.input, standardItems: STANDARD_ITEMS.filter((item) => standardItems.includes(item)) });
    if (!result.ok) return renameFields(result.error, MEETING_FIELD_NAMES);
    toasts.success(t('meetings.create.created', { title: result.data.title }));
    onCreated(result.data);
  });

  const toggle = (item: StandardItem, on: boolean) =>
    setStandardItems((current) => (on ? [...current, item] : current.filter((each) => each !== item)));

  return (
    <Dialog title={t('meetings.create.title')} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <MeetingFormFields form={form} bodies={bodies} bodyNote={<NextMeetingNote basis={suggestedFrom} />} />
        <fieldset className="meeting-form__standard">
          <legend className="field__label">{t('meetings.form.standardItems')}</legend>
          <p className="field__hint">{t('meetings.form.standardItemsHint')}</p>
          {STANDARD_ITEMS.map((item) => (
            <label key={item} className="checkbox-line">
              <input type="checkbox" checked={standardItems.includes(item)} onChange={(event) => toggle(item, event.target.checked)} />
              <span>{t(`meetings.standardItem.${item}`)}</span>
            </label>
          ))}
        </fieldset>
        <DialogActions onCancel={onClose} submitLabel={t('meetings.create.submit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
