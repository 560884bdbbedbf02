import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { useEditions } from '../../leitbild/edition-context';
import { todayLocal } from './meeting-format';
import { emptyMeetingValues, MEETING_FIELD_NAMES, meetingInput, MeetingFormFields } from './MeetingForm';
import { peopleNamed, useMeetingPeople } from './meeting-people';
import { NextMeetingNote, useNextMeetingSuggestion } from './next-meeting-suggestion';
import { renameFields } from './use-meeting-call';

/**
 * "AG-Sitzung aus offenen Maßnahmen planen": a working-group session whose agenda gets one item
 * per measure in Beratung. The count is shown first, so nobody creates an empty session by mistake.
 */
export function BacklogMeetingDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (meeting: MeetingDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const editionFieldId = useId();
  const { editions, current } = useEditions();
  const { bodies } = useMeetingPeople();
  // Until the user picks one, the current edition (which may arrive after the dialog opened: the lists load first).
  const [picked, setEditionId] = useState<string | null>(null);
  const editionId = picked ?? (current ? String(current.id) : '');
  const backlog = useCall('measures.list', { editionId: editionId ? Number(editionId) : undefined, statuses: ['in_review'], limit: 1 }); // only the count
  const inReview = backlog.data?.total;
  const [initial] = useState(() => emptyMeetingValues('ag_session', todayLocal()));
  const form = useForm(initial);
  const suggestedFrom = useNextMeetingSuggestion(form, initial);

  // The working group is the usual body; picked once the bodies are there.
  const workingGroup = bodies.find((body) => body.kind === 'arbeitsgruppe');
  const { setValue } = form;
  const bodyChosen = form.values.bodyId !== '';
  useEffect(() => {
    if (workingGroup && !bodyChosen) setValue('bodyId', String(workingGroup.id));
    // Only when the bodies arrive, not when the person clears the choice later.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workingGroup?.id]);

  const onSubmit = form.onSubmit(async (values) => {
    // Nothing in Beratung: the button says so (aria-disabled) and stays without effect.
    if (inReview === 0) return;
    const built = meetingInput({ ...values, kind: 'ag_session' }, await peopleNamed(api, [values.chair, values.minuteTaker]));
    if ('error' in built) return built.error;
    const result = await api.call('meetings.createFromBacklog', { ...built.input, editionId: editionId ? Number(editionId) : undefined });
    if (!result.ok) return renameFields(result.error, MEETING_FIELD_NAMES);
    toasts.success(t('meetings.create.created', { title: result.data.title }));
    onCreated(result.data);
  });

  return (
    <Dialog title={t('meetings.backlog.title')} description={t('meetings.backlog.description')} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <div className="field">
          <label className="field__label" htmlFor={editionFieldId}>
            {t('meetings.backlog.edition')}
          </label>
          <select id={editionFieldId} className="field__control field__control--medium" value={editionId} onChange={(event) => setEditionId(event.target.value)}>
            <option value="">{t('meetings.backlog.allEditions')}</option>
            {(editions ?? []).map((edition) => (
              <option key={edition.id} value={String(edition.id)}>
                {t('leitbild.editionPicker.option', { title: edition.title, from: edition.periodFrom, to: edition.periodTo })}
              </option>
            ))}
          </select>
        </div>
        <p className="notice meeting-form__backlog" role="status">
          {inReview === undefined ? t('common.loading') : t('meetings.backlog.count', { count: inReview })}
        </p>
        <FormErrors messages={form.formErrors} />
        <MeetingFormFields form={form} bodies={bodies} fixedKind bodyNote={<NextMeetingNote basis={suggestedFrom} />} />
        <DialogActions onCancel={onClose} submitLabel={t('meetings.backlog.submit')} busy={form.submitting || inReview === 0} />
      </form>
    </Dialog>
  );
}
