import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemDto, AgendaMeasureDto, CallResult, MeetingDto } from '../../../../contract';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { invalidPapers, parsePapers } from './agenda-tree';
import { FormField } from './meeting-fields';
import { MeasurePicker } from './MeasurePicker';
import { localError, type MeetingRunner as Run } from './use-meeting-call';

interface AgendaItemDialogProps {
  readonly meetingId: number;
  /** Editing this item; otherwise a new sub-item below `parent`. */
  readonly item?: AgendaItemDto;
  readonly parent?: AgendaItemDto;
  readonly run: Run;
  readonly onClose: () => void;
}

/** A TOP in full: number (by hand), title, public, Drucksachen and linked measures. */
export function AgendaItemDialog({ meetingId, item, parent, run, onClose }: AgendaItemDialogProps) {
  const { t } = useTranslation();
  const form = useForm({ number: item?.number ?? '', title: item?.title ?? '', papers: item?.papers.join(', ') ?? '' });
  const [isPublic, setPublic] = useState(item?.public ?? parent?.public ?? true);
  const [measures, setMeasures] = useState<AgendaMeasureDto[]>([...(item?.measures ?? [])]);

  const onSubmit = useGuardedSubmit(form, async (values) => {
    const papers = parsePapers(values.papers);
    const wrong = invalidPapers(papers)[0];
    if (wrong) return localError([{ field: 'papers', messageKey: 'meetings.agenda.papersInvalid', params: { paper: wrong } }]);
    const common = { title: values.title, public: isPublic, papers, measureIds: measures.map((measure) => measure.id) };
    let result: CallResult<MeetingDto>;
    if (item) {
      result = await run('agenda.update', { id: item.id, number: values.number, ...common }, { quiet: true, success: t('meetings.agenda.saved') });
    } else {
      result = await run('agenda.add', { meetingId, parentItemId: parent?.id, ...common }, { quiet: true, success: t('meetings.agenda.saved') });
    }
    if (!result.ok) return result.error;
    onClose();
  });

  const title = item ? t('meetings.agenda.editTitle', { number: item.number }) : t('meetings.agenda.addSubTitle', { number: parent?.number ?? '' });
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        {item ? (
          <FormField form={form} name="number" label={t('meetings.agenda.number')} hint={t('meetings.agenda.numberHint')} required>
            {(control) => <input {...control} className="field__control field__control--short" autoComplete="off" />}
          </FormField>
        ) : null}
        <FormField form={form} name="title" label={t('meetings.agenda.itemTitle')} required>
          {(control) => <input {...control} className="field__control field__control--full" autoComplete="off" />}
        </FormField>
        <label className="checkbox-line">
          <input type="checkbox" checked={isPublic} onChange={(event) => setPublic(event.target.checked)} />
          <span>{t('meetings.agenda.publicLabel')}</span>
        </label>
        <FormField form={form} name="papers" label={t('meetings.agenda.papers')} hint={t('meetings.agenda.papersHint')} optional>
          {(control) => <input {...control} className="field__control field__control--medium" autoComplete="off" />}
        </FormField>
        <MeasurePicker value={measures} onChange={setMeasures} />
        <DialogActions onCancel={onClose} submitLabel={t('common.save')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
