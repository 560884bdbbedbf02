import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDto, CallError, CallInput, ContactRowDto, FieldError, MeetingDto, MeetingKind } from '../../../../contract';
import { MEETING_KINDS } from '../../../../contract/meetings/kinds';
import type { FormController } from '../../api/use-form';
import { DateInput, TimeInput } from '../../components/date-inputs';
import { datePart, joinDateTime, timePart } from './meeting-format';
import { FormField, PeopleDatalist } from './meeting-fields';
import { localError } from './use-meeting-call';

export interface MeetingFormValues extends Record<string, string> {
  kind: string;
  bodyId: string;
  number: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineLink: string;
  focusTopic: string;
  chair: string;
  minuteTaker: string;
}

export const emptyMeetingValues = (kind: MeetingKind = 'council_meeting', date = ''): MeetingFormValues => ({
  kind,
  bodyId: '',
  number: '',
  title: '',
  date,
  startTime: '18:00',
  endTime: '20:00',
  place: '',
  onlineLink: '',
  focusTopic: '',
  chair: '',
  minuteTaker: '',
});

export const meetingValuesOf = (meeting: MeetingDto): MeetingFormValues => ({
  kind: meeting.kind,
  bodyId: meeting.bodyId === null ? '' : String(meeting.bodyId),
  number: meeting.number === null ? '' : String(meeting.number),
  // The title typed, not the name the app gives an untitled meeting ("13. Sitzung – …").
  title: meeting.givenTitle,
  date: datePart(meeting.startsAt),
  startTime: timePart(meeting.startsAt),
  endTime: meeting.endsAt ? timePart(meeting.endsAt) : '',
  place: meeting.place,
  onlineLink: meeting.onlineLink,
  focusTopic: meeting.focusTopic,
  chair: meeting.chairName,
  minuteTaker: meeting.minuteTakerName,
});

/** How the contract's field names show up in this form (errors are shown at the right control). */
export const MEETING_FIELD_NAMES: Record<string, string> = {
  startsAt: 'startTime',
  endsAt: 'endTime',
  chairContactId: 'chair',
  chairName: 'chair',
  minuteTakerContactId: 'minuteTaker',
  minuteTakerName: 'minuteTaker',
};

type MeetingFields = Omit<CallInput<'meetings.create'>, 'standardItems'>;

/** A name typed or picked: a contact when it is exactly one contact's name, otherwise free text. */
function person(name: string, contacts: readonly ContactRowDto[]): { contactId: number | null; name: string } {
  const trimmed = name.trim();
  const match = contacts.filter((contact) => contact.displayName === trimmed);
  return match.length === 1 && match[0] ? { contactId: match[0].id, name: trimmed } : { contactId: null, name: trimmed };
}

/** The form's texts as the contract's input, or the problems this side can see without asking. */
export function meetingInput(values: MeetingFormValues, contacts: readonly ContactRowDto[]): { input: MeetingFields } | { error: CallError } {
  const problems: FieldError[] = [];
  const number = values.number.trim();
  if (number && !/^\d{1,3}$/.test(number)) problems.push({ field: 'number', messageKey: 'meetings.form.numberInvalid' });
  if (!values.date) problems.push({ field: 'date', messageKey: 'meetings.form.dateRequired' });
  if (!values.startTime) problems.push({ field: 'startTime', messageKey: 'meetings.form.timeRequired' });
  if (values.startTime && values.endTime && values.endTime <= values.startTime) problems.push({ field: 'endTime', messageKey: 'validation.endBeforeStart' });
  if (problems.length > 0) return { error: localError(problems) };
  const chair = person(values.chair, contacts);
  const minuteTaker = person(values.minuteTaker, contacts);
  return {
    input: {
      kind: values.kind as MeetingKind,
      bodyId: values.bodyId ? Number(values.bodyId) : null,
      number: number ? Number(number) : null,
      title: values.title,
      startsAt: joinDateTime(values.date, values.startTime),
      endsAt: values.endTime ? joinDateTime(values.date, values.endTime) : null,
      place: values.place,
      onlineLink: values.onlineLink,
      focusTopic: values.focusTopic,
      chairContactId: chair.contactId,
      chairName: chair.name,
      minuteTakerContactId: minuteTaker.contactId,
      minuteTakerName: minuteTaker.name,
    },
  };
}

interface MeetingFormFieldsProps {
  readonly form: FormController<MeetingFormValues>;
  readonly bodies: readonly BodyDto[];
  /** The working-group dialog fixes the kind. */
  readonly fixedKind?: boolean;
  /** Shown under body and number (where a suggestion for them came from). */
  readonly bodyNote?: ReactNode;
}

/** The fields of a meeting: what, who meets, when, where, who chairs and minutes. */
export function MeetingFormFields({ form, bodies, fixedKind, bodyNote }: MeetingFormFieldsProps) {
  const { t } = useTranslation();
  const peopleId = useId();
  return (
    <>
      <div className="field-row">
        {fixedKind ? null : (
          <FormField form={form} name="kind" label={t('meetings.form.kind')}>
            {(control) => (
              <select {...control} className="field__control field__control--medium">
                {MEETING_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`meetings.kind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField form={form} name="bodyId" label={t('meetings.form.body')} optional>
          {(control) => (
            <select {...control} className="field__control field__control--medium">
              <option value="">{t('meetings.form.noBody')}</option>
              {bodies.map((body) => (
                <option key={body.id} value={String(body.id)}>
                  {body.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField form={form} name="number" label={t('meetings.form.number')} hint={t('meetings.form.numberHint')} optional>
          {(control) => <input {...control} className="field__control meeting-form__number" inputMode="numeric" autoComplete="off" />}
        </FormField>
      </div>
      {bodyNote}
      <FormField form={form} name="title" label={t('meetings.form.title')} hint={t('meetings.form.titleHint')} optional>
        {(control) => <input {...control} className="field__control field__control--full" autoComplete="off" />}
      </FormField>
      <div className="field-row">
        <FormField form={form} name="date" label={t('meetings.form.startDate')} required>
          {(control) => <DateInput {...control} onChange={(value) => form.setValue('date', value)} />}
        </FormField>
        <FormField form={form} name="startTime" label={t('meetings.form.startTime')} required>
          {(control) => <TimeInput {...control} onChange={(value) => form.setValue('startTime', value)} />}
        </FormField>
        <FormField form={form} name="endTime" label={t('meetings.form.endTime')} optional>
          {(control) => <TimeInput {...control} onChange={(value) => form.setValue('endTime', value)} />}
        </FormField>
      </div>
      <FormField form={form} name="place" label={t('meetings.form.place')} optional>
        {(control) => <input {...control} className="field__control field__control--full" autoComplete="off" />}
      </FormField>
      <FormField form={form} name="onlineLink" label={t('meetings.form.onlineLink')} hint={t('meetings.form.onlineLinkHint')} optional>
        {(control) => <input {...control} type="url" className="field__control field__control--full" autoComplete="off" />}
      </FormField>
      <FormField form={form} name="focusTopic" label={t('meetings.form.focusTopic')} optional>
        {(control) => <input {...control} className="field__control field__control--full" autoComplete="off" />}
      </FormField>
      <div className="field-row">
        <FormField form={form} name="chair" label={t('meetings.form.chair')} hint={t('meetings.form.personHint')} optional>
          {(control) => <input {...control} list={`${peopleId}-chair`} className="field__control field__control--medium" autoComplete="off" />}
        </FormField>
        <FormField form={form} name="minuteTaker" label={t('meetings.form.minuteTaker')} hint={t('meetings.form.personHint')} optional>
          {(control) => <input {...control} list={`${peopleId}-minutes`} className="field__control field__control--medium" autoComplete="off" />}
        </FormField>
      </div>
      <PeopleDatalist id={`${peopleId}-chair`} text={form.values.chair} />
      <PeopleDatalist id={`${peopleId}-minutes`} text={form.values.minuteTaker} />
    </>
  );
}
