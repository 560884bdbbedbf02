import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionSummaryDto, FieldOfActionDto, MeasureOrigin } from '../../../../../contract';
import { MEASURE_ORIGINS } from '../../../../../contract/measures-constants';
import { useApi } from '../../../api/api-context';
import { useCall } from '../../../api/use-call';
import { useForm } from '../../../api/use-form';
import { href, paths, toPath } from '../../../app/paths';
import { FormErrors } from '../../../components/fields';
import { LeitbildPage } from '../../../leitbild/LeitbildPage';
import { InputField, SelectField, TextAreaField } from '../controls';
import { isRecord, localError, parseWholeNumber, readStored, writeStored } from '../measure-helpers';
import { SimilarHint } from '../SimilarHint';
import '../measures.css';
import './intake.css';
import { CallLoadState } from '../../../components/LoadState';

/** What stays from one proposal to the next, also after a restart (on this PC). */
export const REMEMBERED_KEY = 'leitbild-werkstatt.intake';
const sessionKey = (editionId: number) => `leitbild-werkstatt.intake.session.${editionId}`;

interface Remembered {
  readonly editionId: number;
  readonly fieldOfActionId: number;
  readonly origin: MeasureOrigin;
  readonly originNote: string;
}

const isRemembered = (value: unknown): value is Remembered =>
  isRecord(value) &&
  typeof value.editionId === 'number' &&
  typeof value.fieldOfActionId === 'number' &&
  MEASURE_ORIGINS.includes(value.origin as MeasureOrigin) &&
  typeof value.originNote === 'string';

interface Entered {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly field: string;
}

const isEnteredList = (value: unknown): value is Entered[] =>
  Array.isArray(value) &&
  value.every((item) => isRecord(item) && typeof item.id === 'number' && typeof item.code === 'string' && typeof item.title === 'string' && typeof item.field === 'string');

/** "Planungswerkstatt": many proposals in a row, by keyboard, while the workshop is still fresh. */
export function IntakeScreen() {
  const { t } = useTranslation();
  return (
    <LeitbildPage title={t('intake.title')} intro={<p>{t('intake.intro')}</p>} needsEdition>
      {(edition) => <IntakeContent key={edition.id} edition={edition} />}
    </LeitbildPage>
  );
}

function IntakeContent({ edition }: { edition: EditionSummaryDto }) {
  const { t } = useTranslation();
  const fields = useCall('fieldsOfAction.list', { editionId: edition.id });
  // What was entered in this browser session stays listed when the person looks at a measure and comes back.
  const [entered, setEntered] = useState<readonly Entered[]>(() => readStored('session', sessionKey(edition.id), isEnteredList) ?? []);
  useEffect(() => writeStored('session', sessionKey(edition.id), entered), [edition.id, entered]);

  if (!fields.data) {
    return <CallLoadState call={fields} className={fields.status === 'failed' ? 'card' : undefined} />;
  }
  if (fields.data.length === 0) {
    return (
      <section className="card empty-state">
        <p className="empty-state__title">{t('intake.noFields.title')}</p>
        <p>{t('intake.noFields.text')}</p>
        <p>
          <a className="button button--primary" href={href(paths.fieldsOfAction)}>
            {t('intake.noFields.action')}
          </a>
        </p>
      </section>
    );
  }
  return (
    <>
      <IntakeForm edition={edition} fields={fields.data} onSaved={(item) => setEntered((current) => [item, ...current])} />
      <EnteredList entered={entered} onClear={() => setEntered([])} />
    </>
  );
}

type Values = { fieldOfActionId: string; origin: string; originNote: string; title: string; description: string; priorityPoints: string };

function initialValues(editionId: number, fields: readonly FieldOfActionDto[]): Values {
  const remembered = readStored('local', REMEMBERED_KEY, isRemembered);
  const field = fields.find((each) => remembered?.editionId === editionId && each.id === remembered.fieldOfActionId) ?? fields[0]!;
  return {
    fieldOfActionId: String(field.id),
    origin: remembered?.origin ?? 'workshop',
    originNote: remembered?.originNote ?? '',
    title: '',
    description: '',
    priorityPoints: '',
  };
}

function IntakeForm({ edition, fields, onSaved }: { edition: EditionSummaryDto; fields: readonly FieldOfActionDto[]; onSaved: (item: Entered) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const similarId = useId();
  const form = useForm<Values>(initialValues(edition.id, fields));
  const { fieldOfActionId, origin, originNote } = form.values;
  const [lastSaved, setLastSaved] = useState<Entered | null>(null);
  // The values as they are now, for after the save (the person may already be typing the next one).
  const latest = useRef(form.values);
  useEffect(() => {
    latest.current = form.values;
  });

  useEffect(() => {
    writeStored('local', REMEMBERED_KEY, { editionId: edition.id, fieldOfActionId: Number(fieldOfActionId), origin, originNote });
  }, [edition.id, fieldOfActionId, origin, originNote]);

  // Ready to type: the title has the focus as soon as the form is there.
  const { focus } = form;
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current) return;
    focused.current = true;
    focus('title');
  }, [focus]);

  const onSubmit = form.onSubmit(async (values) => {
    const priorityPoints = parseWholeNumber(values.priorityPoints, 0);
    if (priorityPoints === undefined) return localError([{ field: 'priorityPoints', messageKey: 'validation.expected.int' }]);
    const result = await api.call('measures.create', {
      editionId: edition.id,
      fieldOfActionId: Number(values.fieldOfActionId),
      origin: values.origin as MeasureOrigin,
      originNote: values.originNote,
      title: values.title,
      description: values.description,
      priorityPoints,
    });
    if (!result.ok) return result.error;
    const item: Entered = { id: result.data.id, code: result.data.code, title: result.data.title, field: result.data.fieldOfActionName };
    // Clear what belonged to this proposal; anything typed meanwhile stays.
    const now = latest.current;
    for (const name of ['title', 'description', 'priorityPoints'] as const) {
      if (now[name] === values[name]) form.setValue(name, '');
    }
    form.focus('title');
    setLastSaved(item);
    onSaved(item);
  });

  const onDescriptionKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  };

  return (
    <section className="card intake" aria-labelledby="intake-form-title">
      <div className="intake__head">
        <h2 className="card__title" id="intake-form-title">
          {t('intake.form.title')}
        </h2>
        <p className="intake__keys" id="intake-keys">
          <kbd>{t('intake.keys.enter')}</kbd> {t('intake.keys.enterText')} <span aria-hidden="true">·</span> <kbd>{t('intake.keys.shiftEnter')}</kbd>{' '}
          {t('intake.keys.shiftEnterText')} <span aria-hidden="true">·</span> <kbd>{t('intake.keys.tab')}</kbd> {t('intake.keys.tabText')}
        </p>
      </div>
      <form className="form intake__form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined} aria-labelledby="intake-form-title" aria-describedby="intake-keys">
        <FormErrors messages={form.formErrors} />
        <fieldset className="intake__remembered">
          <legend>{t('intake.form.remembered')}</legend>
          <div className="field-row">
            <SelectField
              form={form}
              name="fieldOfActionId"
              width="full"
              label={t('measures.form.field')}
              options={fields.map((field) => ({ value: String(field.id), label: field.name }))}
              required
            />
            <SelectField
              form={form}
              name="origin"
              width="full"
              label={t('measures.form.origin')}
              options={MEASURE_ORIGINS.map((value) => ({ value, label: t(`measures.origins.${value}`) }))}
            />
            <InputField form={form} name="originNote" label={t('measures.form.originNote')} placeholder={t('intake.form.originNotePlaceholder')} optional />
          </div>
        </fieldset>
        <InputField
          form={form}
          name="title"
          label={t('measures.form.title')}
          required
          describedBy={similarId}
          after={<SimilarHint id={similarId} editionId={edition.id} title={form.values.title} />}
        />
        <TextAreaField
          form={form}
          name="description"
          label={t('measures.form.description')}
          hint={t('intake.form.descriptionHint')}
          optional
          rows={3}
          onKeyDown={onDescriptionKey}
        />
        <InputField form={form} name="priorityPoints" width="tiny" inputMode="numeric" label={t('intake.form.points')} hint={t('intake.form.pointsHint')} optional />
        <div className="form__actions intake__actions">
          <button type="submit" className="button button--primary" aria-disabled={form.submitting || undefined}>
            {t('intake.form.save')}
          </button>
          <p className="intake__saved" role="status">
            {lastSaved ? t('intake.form.saved', { code: lastSaved.code, title: lastSaved.title }) : ''}
          </p>
        </div>
      </form>
    </section>
  );
}

function EnteredList({ entered, onClear }: { entered: readonly Entered[]; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card card--flush" aria-labelledby="intake-list-title">
      <div className="card__header intake__list-head">
        <h2 className="card__title" id="intake-list-title">
          {t('intake.list.title', { count: entered.length })}
        </h2>
        {entered.length > 0 ? (
          <button type="button" className="button button--quiet button--small" onClick={onClear}>
            {t('intake.list.clear')}
          </button>
        ) : null}
      </div>
      {entered.length === 0 ? (
        <p className="card__body muted">{t('intake.list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table intake__table">
            <caption className="visually-hidden">{t('intake.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measures.columns.code')}</th>
                <th scope="col">{t('measures.columns.title')}</th>
                <th scope="col">{t('measures.columns.field')}</th>
              </tr>
            </thead>
            <tbody>
              {entered.map((item) => (
                <tr key={item.id}>
                  <td>
                    <span className="code-tag">{item.code}</span>
                  </td>
                  <th scope="row" className="intake__entry-title">
                    <a href={href(toPath(paths.measure, { id: item.id }))}>{item.title}</a>
                  </th>
                  <td>{item.field}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
