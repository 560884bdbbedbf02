import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionDto, EditionStatus, FieldError } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { FormErrors, TextField } from '../../components/fields';
import { AlertIcon, ArrowDownIcon, ArrowUpIcon, TrashIcon } from '../../components/icons';
import { useToasts } from '../../components/toasts';
import { formatNumber } from '../../i18n/format';
import { useMessage } from '../../i18n/messages';
import { useEditions } from '../../leitbild/edition-context';
import { checkPeriod, EditionStatusField, PeriodFields, withYearMessages } from './edition-parts';

type EditionValues = {
  title: string;
  subtitle: string;
  periodFrom: string;
  periodTo: string;
  status: string;
  adoptedOn: string;
  drucksache: string;
  preamble: string;
  leitbildText: string;
};

const valuesOf = (edition: EditionDto): EditionValues => ({
  title: edition.title,
  subtitle: edition.subtitle,
  periodFrom: String(edition.periodFrom),
  periodTo: String(edition.periodTo),
  status: edition.status,
  adoptedOn: edition.adoptedOn ?? '',
  drucksache: edition.drucksache,
  preamble: edition.preamble,
  leitbildText: edition.leitbildText,
});

/** A Leitlinie while editing; `key` stays with it when it moves, so focus and React keys follow. */
interface GuidelineDraft {
  readonly key: number;
  readonly title: string;
  readonly text: string;
}

type GuidelinePart = 'title' | 'text';
type Message = Pick<FieldError, 'messageKey' | 'params'>;
/** Errors of the Leitlinien: by position and part (`2.title`), or for the list as a whole (`list`). */
type GuidelineErrors = Partial<Record<string, Message>>;

const GUIDELINE_FIELD = /^guidelines(?:\.(\d+)(?:\.(title|text))?)?$/;

/** Splits the errors of a failed save into the Leitlinien's and the rest. */
function splitGuidelineErrors(fields: readonly FieldError[]): { guidelines: GuidelineErrors; rest: FieldError[] } {
  const guidelines: GuidelineErrors = {};
  const rest: FieldError[] = [];
  for (const item of fields) {
    const match = GUIDELINE_FIELD.exec(item.field);
    if (!match) {
      rest.push(item);
      continue;
    }
    const [, index, part] = match;
    const key = index === undefined ? 'list' : `${index}.${part ?? 'title'}`;
    guidelines[key] ??= { messageKey: item.messageKey, params: item.params };
  }
  return { guidelines, rest };
}

let nextDraftKey = 1;
const draftsOf = (edition: EditionDto): GuidelineDraft[] => edition.guidelines.map(({ title, text }) => ({ key: nextDraftKey++, title, text }));

type Direction = 'up' | 'down';

/** The edition's details, its texts and its ordered Leitlinien, saved together. */
export function EditionForm({ edition, onSaved }: { edition: EditionDto; onSaved: (edition: EditionDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const { reload } = useEditions();
  const form = useForm<EditionValues>(valuesOf(edition));
  const [guidelines, setGuidelines] = useState<GuidelineDraft[]>(() => draftsOf(edition));
  const [guidelineErrors, setGuidelineErrors] = useState<GuidelineErrors>({});
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ target: string } | null>(null);
  const controls = useRef(new Map<string, HTMLElement>());
  const prefix = useId();

  useEffect(() => {
    if (focusRequest) controls.current.get(focusRequest.target)?.focus();
  }, [focusRequest]);

  const refFor = (target: string) => (element: HTMLElement | null) => {
    if (element) controls.current.set(target, element);
    else controls.current.delete(target);
  };

  /** "Leitlinie „Begegnung ermöglichen“" or, while untitled, "Leitlinie 3". */
  const nameOf = (draft: GuidelineDraft, index: number) =>
    draft.title.trim() ? t('editions.guidelines.named', { title: draft.title.trim() }) : t('editions.guidelines.numbered', { number: formatNumber(index + 1) });

  const change = (key: number, part: GuidelinePart, value: string) =>
    setGuidelines((current) => current.map((draft) => (draft.key === key ? { ...draft, [part]: value } : draft)));

  // Errors name positions; once the list changes shape they would point at the wrong Leitlinie.
  const restructure = (next: GuidelineDraft[]) => {
    setGuidelines(next);
    setGuidelineErrors({});
  };

  const add = () => {
    const draft = { key: nextDraftKey++, title: '', text: '' };
    restructure([...guidelines, draft]);
    setFocusRequest({ target: `${draft.key}-title` });
  };

  const remove = (index: number) => {
    const draft = guidelines[index];
    if (!draft) return;
    const next = guidelines.filter((_, position) => position !== index);
    restructure(next);
    const neighbour = next[index] ?? next[index - 1];
    setFocusRequest({ target: neighbour ? `${neighbour.key}-title` : 'add' });
    setAnnouncement(t('editions.guidelines.removed', { name: nameOf(draft, index) }));
  };

  const move = (index: number, direction: Direction) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const moved = guidelines[index];
    const other = guidelines[target];
    if (!moved || !other) return;
    const next = [...guidelines];
    next[index] = other;
    next[target] = moved;
    restructure(next);
    // At the top or bottom the same button is disabled: the focus goes to the other one.
    const atEdge = direction === 'up' ? target === 0 : target === next.length - 1;
    setFocusRequest({ target: `${moved.key}-${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}` });
    setAnnouncement(t('editions.guidelines.moved', { name: nameOf(moved, target), position: formatNumber(target + 1) }));
  };

  const guidelinesChanged =
    JSON.stringify(guidelines.map(({ title, text }) => ({ title, text }))) !== JSON.stringify(edition.guidelines.map(({ title, text }) => ({ title, text })));

  const onSubmit = useGuardedSubmit(form, async (values) => {
    setGuidelineErrors({});
    const invalid = checkPeriod(values);
    if (invalid) return invalid;
    const result = await api.call('editions.update', {
      id: edition.id,
      title: values.title,
      subtitle: values.subtitle,
      periodFrom: Number(values.periodFrom),
      periodTo: Number(values.periodTo),
      status: values.status as EditionStatus,
      adoptedOn: values.adoptedOn.trim() === '' ? null : values.adoptedOn,
      drucksache: values.drucksache,
      preamble: values.preamble,
      leitbildText: values.leitbildText,
      guidelines: guidelines.map(({ title, text }) => ({ title, text })),
    });
    if (!result.ok) {
      const error = withYearMessages(result.error);
      const split = splitGuidelineErrors(error.fields);
      const nested = Object.keys(split.guidelines);
      if (nested.length === 0) return error;
      setGuidelineErrors(split.guidelines);
      if (split.rest.length > 0) return { ...error, fields: split.rest };
      // Only the Leitlinien are wrong: the focus goes to the first one that needs a correction.
      const first = guidelines.findIndex((_, index) => split.guidelines[`${index}.title`] || split.guidelines[`${index}.text`]);
      const draft = guidelines[first];
      if (draft) setFocusRequest({ target: `${draft.key}-${split.guidelines[`${first}.title`] ? 'title' : 'text'}` });
      else setFocusRequest({ target: 'add' });
      return;
    }
    toasts.success(t('editions.toasts.saved', { title: result.data.title }));
    form.reset(valuesOf(result.data));
    setGuidelines(draftsOf(result.data));
    onSaved(result.data);
    reload();
  }, guidelinesChanged);

  const guidelineError = (key: string) => {
    const item = guidelineErrors[key];
    return item ? message(item.messageKey, item.params) : undefined;
  };
  const listError = guidelineError('list');

  return (
    <form className="edition-form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
      <FormErrors messages={form.formErrors} />

      <section className="card" aria-labelledby={`${prefix}-details`}>
        <h2 className="card__title" id={`${prefix}-details`}>
          {t('editions.detail.sections.details')}
        </h2>
        <TextField form={form} name="title" label={t('editions.fields.title')} hint={t('editions.fields.titleHint')} required />
        <TextField form={form} name="subtitle" label={t('editions.fields.subtitle')} optional />
        <PeriodFields form={form} />
        <div className="field-row field-row--three">
          <EditionStatusField form={form} hint={t('editions.fields.statusHint')} />
          <TextField form={form} name="adoptedOn" type="date" label={t('editions.fields.adoptedOn')} hint={t('editions.fields.adoptedOnHint')} optional width="medium" />
          <TextField
            form={form}
            name="drucksache"
            label={t('editions.fields.drucksache')}
            hint={t('editions.fields.drucksacheHint')}
            optional
            width="medium"
            spellCheck={false}
          />
        </div>
      </section>

      <section className="card" aria-labelledby={`${prefix}-texts`}>
        <h2 className="card__title" id={`${prefix}-texts`}>
          {t('editions.detail.sections.texts')}
        </h2>
        <TextField form={form} name="preamble" label={t('editions.fields.preamble')} hint={t('editions.fields.preambleHint')} optional multiline rows={6} />
        <TextField form={form} name="leitbildText" label={t('editions.fields.leitbildText')} hint={t('editions.fields.leitbildTextHint')} optional multiline rows={8} />
      </section>

      <section className="card" aria-labelledby={`${prefix}-guidelines`}>
        <h2 className="card__title" id={`${prefix}-guidelines`}>
          {t('editions.guidelines.title')}
        </h2>
        <p className="card__lead">{t('editions.guidelines.intro')}</p>
        {listError ? (
          <p className="field__error">
            <AlertIcon size={18} />
            <span>{listError}</span>
          </p>
        ) : null}
        {guidelines.length === 0 ? <p className="muted guidelines__empty">{t('editions.guidelines.empty')}</p> : null}
        <ol className="guidelines">
          {guidelines.map((draft, index) => {
            const name = nameOf(draft, index);
            const titleError = guidelineError(`${index}.title`);
            const textError = guidelineError(`${index}.text`);
            const ids = { title: `${prefix}-g${draft.key}-title`, text: `${prefix}-g${draft.key}-text` };
            return (
              <li key={draft.key} className="guideline">
                <fieldset className="guideline__fieldset">
                  <legend className="guideline__legend">{t('editions.guidelines.numbered', { number: formatNumber(index + 1) })}</legend>
                  <div className="guideline__row">
                    <div className="guideline__body">
                      <div className={['field', titleError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
                        <label className="field__label" htmlFor={ids.title}>
                          {t('editions.guidelines.fields.title')}
                        </label>
                        <input
                          id={ids.title}
                          ref={refFor(`${draft.key}-title`)}
                          className="field__control"
                          value={draft.title}
                          autoComplete="off"
                          aria-required
                          aria-invalid={titleError ? true : undefined}
                          aria-describedby={titleError ? `${ids.title}-error` : undefined}
                          onChange={(event) => change(draft.key, 'title', event.target.value)}
                        />
                        {titleError ? (
                          <p className="field__error" id={`${ids.title}-error`}>
                            <AlertIcon size={18} />
                            <span>{titleError}</span>
                          </p>
                        ) : null}
                      </div>
                      <div className={['field', textError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
                        <label className="field__label" htmlFor={ids.text}>
                          {t('editions.guidelines.fields.text')}
                          <span className="field__optional"> ({t('common.optional')})</span>
                        </label>
                        <textarea
                          id={ids.text}
                          ref={refFor(`${draft.key}-text`)}
                          className="field__control"
                          rows={3}
                          value={draft.text}
                          aria-invalid={textError ? true : undefined}
                          aria-describedby={textError ? `${ids.text}-error` : undefined}
                          onChange={(event) => change(draft.key, 'text', event.target.value)}
                        />
                        {textError ? (
                          <p className="field__error" id={`${ids.text}-error`}>
                            <AlertIcon size={18} />
                            <span>{textError}</span>
                          </p>
                        ) : null}
                      </div>
                    </div>
                    <div className="guideline__actions">
                      <button
                        type="button"
                        className="icon-button"
                        ref={refFor(`${draft.key}-up`)}
                        disabled={index === 0}
                        aria-label={t('editions.guidelines.moveUpLabel', { name })}
                        title={t('editions.guidelines.moveUp')}
                        onClick={() => move(index, 'up')}
                      >
                        <ArrowUpIcon size={18} />
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        ref={refFor(`${draft.key}-down`)}
                        disabled={index === guidelines.length - 1}
                        aria-label={t('editions.guidelines.moveDownLabel', { name })}
                        title={t('editions.guidelines.moveDown')}
                        onClick={() => move(index, 'down')}
                      >
                        <ArrowDownIcon size={18} />
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger-quiet"
                        aria-label={t('editions.guidelines.removeLabel', { name })}
                        onClick={() => remove(index)}
                      >
                        <TrashIcon size={16} />
                        {t('editions.guidelines.remove')}
                      </button>
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button type="button" className="button button--secondary" ref={refFor('add')} onClick={add}>
          {t('editions.guidelines.add')}
        </button>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </section>

      <div className="edition-form__actions">
        <button type="submit" className="button button--primary" aria-disabled={form.submitting || undefined}>
          {t('editions.detail.save')}
        </button>
        <p className="edition-form__note muted">{t('editions.detail.saveNote')}</p>
      </div>
    </form>
  );
}
