import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/date-inputs';
import { Field } from '../../components/fields';
import { useMessage } from '../../i18n/messages';
import type { AntragDraft } from './use-antrag-draft';

interface AntragTextCardProps {
  readonly draft: AntragDraft;
  readonly errorFor: (field: string) => string | undefined;
  readonly register: (field: string) => (element: HTMLElement | null) => void;
}

/** The Antrag's date, subject and Sachverhalt (drafted until the person writes, with the offer to draft it again). */
export function AntragTextCard({ draft, errorFor, register }: AntragTextCardProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const { date, subject, sachverhalt, periodHint, countChanged, chosen } = draft;
  return (
    <section className="card antrag-card" aria-labelledby="antrag-text-title">
      <h2 className="antrag-card__title" id="antrag-text-title">
        {t('documents.antrag.text.title')}
      </h2>
      <Field label={t('documents.antrag.text.date')} hint={periodHint ? message(periodHint.key, periodHint.params) : undefined} error={errorFor('submittedOn')} required>
        {(control) => <DateInput {...control} ref={register('submittedOn')} className="field__control field__control--short" value={date} onChange={draft.setDate} />}
      </Field>
      <Field label={t('documents.antrag.text.subject')} error={errorFor('subject')} required>
        {(control) => (
          <input {...control} ref={register('subject')} className="field__control field__control--full" value={subject} maxLength={300} autoComplete="off" onChange={(event) => draft.setSubject(event.target.value)} />
        )}
      </Field>
      <Field label={t('documents.antrag.text.sachverhalt')} hint={t('documents.antrag.text.sachverhaltHint')} error={errorFor('sachverhalt')}>
        {(control) => (
          <textarea
            {...control}
            ref={register('sachverhalt')}
            className="field__control field__control--full antrag-sachverhalt"
            rows={12}
            value={sachverhalt}
            onChange={(event) => draft.writeSachverhalt(event.target.value)}
          />
        )}
      </Field>
      {countChanged ? (
        <div className="antrag-redraft">
          <p>{t('documents.antrag.text.redraftHint', { count: chosen.length })}</p>
          <button type="button" className="button button--small button--secondary" onClick={draft.redraft}>
            {t('documents.antrag.text.redraft')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
