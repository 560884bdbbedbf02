import { useTranslation } from 'react-i18next';
import type { MeasureRowDto, MeasureStatus } from '../../../../contract';
import { STATUSES_REQUIRING_SOURCE } from '../../../../contract/lifecycle';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions, DialogCloseAction } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { formatNumber } from '../../i18n/format';
import { InputField, SelectField, TextAreaField } from './controls';
import { allowedTargets, localError, todayIso } from './measure-helpers';

/** What the dialog needs to know of each measure. */
export type StatusSubject = Pick<MeasureRowDto, 'id' | 'code' | 'title' | 'status'>;

type Values = { toStatus: string; changedOn: string; reason: string; drucksache: string };

/** A Drucksache is asked for where the district assembly is involved; required where the rules say so. */
const ASKS_FOR_DRUCKSACHE: readonly MeasureStatus[] = [...STATUSES_REQUIRING_SOURCE, 'submitted'];

const CODES_SHOWN = 6;
/** `measures.changeStatus` takes at most this many measures at once (see the contract). */
export const MAX_PER_CHANGE = 5000;

/**
 * "Status ändern" for one measure or a selection: only statuses that every selected measure may
 * reach are offered; the main side checks again and its refusal is shown at the field.
 */
export function StatusChangeDialog({
  measures,
  onClose,
  onChanged,
  fallbackFocus,
}: {
  measures: readonly StatusSubject[];
  onClose: () => void;
  onChanged: (rows: MeasureRowDto[], toStatus: MeasureStatus) => void;
  /** Where the focus goes when the button that opened the dialog is gone afterwards. */
  fallbackFocus?: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const targets = allowedTargets(measures.map((measure) => measure.status));
  const form = useForm<Values>({ toStatus: targets.length === 1 ? targets[0]! : '', changedOn: todayIso(), reason: '', drucksache: '' });
  const toStatus = form.values.toStatus as MeasureStatus | '';
  const single = measures.length === 1 ? measures[0] : undefined;
  const asksForDrucksache = toStatus !== '' && ASKS_FOR_DRUCKSACHE.includes(toStatus);
  const needsDrucksache = toStatus !== '' && STATUSES_REQUIRING_SOURCE.includes(toStatus);

  const onSubmit = form.onSubmit(async (values) => {
    if (values.toStatus === '') return localError([{ field: 'toStatus', messageKey: 'measures.statusChange.chooseStatus' }]);
    const target = values.toStatus as MeasureStatus;
    const result = await api.call('measures.changeStatus', {
      measureIds: measures.map((measure) => measure.id),
      toStatus: target,
      changedOn: values.changedOn,
      reason: values.reason,
      drucksache: asksForDrucksache ? values.drucksache : '',
    });
    if (!result.ok) return result.error;
    const status = t(`status.measure.${target}`);
    toasts.success(
      single ? t('measures.toasts.statusChangedOne', { code: single.code, status }) : t('measures.toasts.statusChanged', { count: measures.length, status }),
    );
    onChanged(result.data, target);
    onClose();
  });

  const codes = measures.slice(0, CODES_SHOWN).map((measure) => measure.code);
  const description = single ? (
    <p>{t('measures.statusChange.currentOne', { code: single.code, title: single.title, status: t(`status.measure.${single.status}`) })}</p>
  ) : (
    <p>
      {measures.length > CODES_SHOWN
        ? t('measures.statusChange.selectionMore', { count: measures.length, codes: codes.join(', '), more: formatNumber(measures.length - CODES_SHOWN) })
        : t('measures.statusChange.selection', { count: measures.length, codes: codes.join(', ') })}
    </p>
  );

  if (targets.length === 0 || measures.length > MAX_PER_CHANGE) {
    return (
      <Dialog title={t('measures.statusChange.title')} description={description} onClose={onClose} fallbackFocus={fallbackFocus} size="small">
        {measures.length > MAX_PER_CHANGE ? (
          <p className="status-change__none" role="status">
            {t('measures.statusChange.tooMany', { max: MAX_PER_CHANGE })}
          </p>
        ) : (
          <NothingFits measures={measures} />
        )}
        <DialogCloseAction onClose={onClose} />
      </Dialog>
    );
  }

  return (
    <Dialog title={t('measures.statusChange.title')} description={description} onClose={onClose} fallbackFocus={fallbackFocus}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <SelectField
          form={form}
          name="toStatus"
          label={t('measures.statusChange.toStatus')}
          hint={measures.length > 1 ? t('measures.statusChange.toStatusHintMany') : undefined}
          placeholder={targets.length > 1 ? t('measures.statusChange.choose') : undefined}
          options={targets.map((status) => ({ value: status, label: t(`status.measure.${status}`) }))}
          required
        />
        <InputField form={form} name="changedOn" type="date" width="short" label={t('measures.statusChange.changedOn')} hint={t('measures.statusChange.changedOnHint')} required />
        {asksForDrucksache ? (
          <InputField
            form={form}
            name="drucksache"
            width="short"
            label={t('measures.statusChange.drucksache')}
            hint={needsDrucksache ? t('measures.statusChange.drucksacheHintRequired') : t('measures.statusChange.drucksacheHint')}
            optional={!needsDrucksache}
            required={needsDrucksache}
            spellCheck={false}
          />
        ) : null}
        <TextAreaField form={form} name="reason" label={t('measures.statusChange.reason')} hint={t('measures.statusChange.reasonHint')} optional rows={3} />
        <DialogActions onCancel={onClose} submitLabel={measures.length > 1 ? t('measures.statusChange.submitMany', { count: measures.length }) : t('measures.statusChange.submit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}

/** Why there is nothing to choose: which statuses the selection has, and what to do. */
function NothingFits({ measures }: { measures: readonly StatusSubject[] }) {
  const { t } = useTranslation();
  const counts = new Map<MeasureStatus, number>();
  for (const measure of measures) counts.set(measure.status, (counts.get(measure.status) ?? 0) + 1);
  if (counts.size === 1) {
    const [status] = counts.keys();
    return (
      <p className="status-change__none" role="status">
        {measures.length === 1
          ? t('measures.statusChange.finalOne', { status: t(`status.measure.${status!}`) })
          : t('measures.statusChange.finalMany', { status: t(`status.measure.${status!}`) })}
      </p>
    );
  }
  return (
    <div className="status-change__none" role="status">
      <p>{t('measures.statusChange.noCommon')}</p>
      <ul className="bullets">
        {[...counts].map(([status, count]) => (
          <li key={status}>{t('measures.statusChange.inStatus', { count, status: t(`status.measure.${status}`) })}</li>
        ))}
      </ul>
      <p>{t('measures.statusChange.noCommonHint')}</p>
    </div>
  );
}
