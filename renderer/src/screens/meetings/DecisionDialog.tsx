import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItemTitle } from './meeting-names';
import type { AgendaItemDto, DecisionResult, MeasureStatus, MeetingDto } from '../../../../contract';
import { ALLOWED_TRANSITIONS } from '../../../../contract/lifecycle';
import { DECISION_RESULTS } from '../../../../contract/meetings/meetings-constants';
import { useApi } from '../../api/api-context';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field, FormErrors } from '../../components/fields';
import { AlertIcon } from '../../components/icons';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';
import { buildVote, isVoteMismatch, suggestedStatus, voteDraftOf, votesCast, type VoteDraft } from './decision-logic';
import { VoteFields } from './VoteFields';

interface DecisionDialogProps {
  readonly meeting: MeetingDto;
  readonly item: AgendaItemDto;
  /** Fraktion short names for a vote by Fraktion. */
  readonly fraktionen: readonly string[];
  readonly onClose: () => void;
  readonly onSaved: (meeting: MeetingDto) => void;
}

type Errors = Readonly<Record<string, string>>;

/** Where the contract's error paths show up in this form ("vote.yes" → the Ja field). */
const fieldOf = (path: string): string => {
  const [head = '', second = ''] = path.split('.');
  if (head === 'vote') return ['yes', 'no', 'abstain', 'conflicted'].includes(second) ? second : 'fraktionen';
  if (head === 'measureEffects') return 'effects';
  return head;
};

/**
 * Beschluss zu einem TOP: wording, result, vote (counts, by Fraktion, einstimmig, none) and what
 * it does to the linked measures. Counts that do not match the attendance ask for a confirmation.
 */
export function DecisionDialog({ meeting, item, fraktionen, onClose, onSaved }: DecisionDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const id = useId();
  const existing = item.decision;
  const [wording, setWording] = useState(existing?.wording ?? '');
  const [result, setResult] = useState<DecisionResult>(existing?.result ?? 'adopted');
  const [vote, setVote] = useState<VoteDraft>(voteDraftOf(existing?.vote));
  const [drucksache, setDrucksache] = useState(existing?.drucksache ?? item.papers[0] ?? '');
  // A new decision preselects the usual next status; a saved one has moved its measures already.
  const [effects, setEffects] = useState<Readonly<Record<number, MeasureStatus | ''>>>(() =>
    Object.fromEntries(item.measures.map((measure) => [measure.id, existing ? '' : suggestedStatus(measure, 'adopted', meeting.kind)])),
  );
  const [errors, setErrors] = useState<Errors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [mismatch, setMismatch] = useState(false);
  const [saving, setSaving] = useState(false);
  const firstCount = useRef<HTMLInputElement>(null);

  const chooseResult = (next: DecisionResult) => {
    setResult(next);
    if (!existing) setEffects(Object.fromEntries(item.measures.map((measure) => [measure.id, suggestedStatus(measure, next, meeting.kind)])));
  };

  const save = async (confirmVoteMismatch: boolean) => {
    if (saving) return;
    const built = buildVote(vote);
    const local: Record<string, string> = {};
    if ('errors' in built) for (const error of built.errors) local[error.field] = message(error.messageKey);
    const measureEffects = item.measures.flatMap((measure) => {
      const toStatus = effects[measure.id];
      return toStatus ? [{ measureId: measure.id, toStatus }] : [];
    });
    if (meeting.kind === 'bv_session' && measureEffects.some((effect) => effect.toStatus === 'adopted') && !drucksache.trim()) {
      local.drucksache = t('meetings.decision.drucksacheRequired');
    }
    setErrors(local);
    setFormErrors([]);
    if (Object.keys(local).length > 0 || 'errors' in built) return;
    setSaving(true);
    const answer = await api.call('decisions.save', { agendaItemId: item.id, wording, result, vote: built.vote, drucksache, measureEffects, confirmVoteMismatch });
    setSaving(false);
    if (answer.ok) {
      toasts.success(t('meetings.decision.saved', { number: item.number }));
      onSaved(answer.data);
      return;
    }
    if (isVoteMismatch(answer.error) && !confirmVoteMismatch) {
      setMismatch(true);
      return;
    }
    const byField: Record<string, string> = {};
    const rest: string[] = [];
    for (const field of answer.error.fields) byField[fieldOf(field.field)] ??= message(field.messageKey, { ...answer.error.params, ...field.params });
    if (answer.error.fields.length === 0) rest.push(errorText(message, answer.error));
    setErrors(byField);
    setFormErrors(rest);
  };

  const current = buildVote(vote);
  const cast = 'vote' in current ? votesCast(current.vote) : null;
  const present = meeting.counts.votingPresent;

  return (
    <Dialog title={t('meetings.decision.title', { number: item.number })} description={agendaItemTitle(t, item)} onClose={onClose}>
      <form
        className="form"
        noValidate
        aria-busy={saving || undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
      >
        <FormErrors messages={formErrors} />
        <Field label={t('meetings.decision.wording')} hint={t('meetings.decision.wordingHint')} error={errors.wording} optional>
          {(control) => <textarea {...control} className="field__control field__control--full" rows={3} value={wording} onChange={(event) => setWording(event.target.value)} />}
        </Field>
        <Field label={t('meetings.decision.result')} error={errors.result}>
          {(control) => (
            <select {...control} className="field__control field__control--medium" value={result} onChange={(event) => chooseResult(event.target.value as DecisionResult)}>
              {DECISION_RESULTS.map((each) => (
                <option key={each} value={each}>
                  {t(`meetings.result.${each}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <VoteFields
          draft={vote}
          onChange={(next) => {
            setVote(next);
            setMismatch(false);
          }}
          fraktionen={fraktionen}
          votingPresent={present}
          errors={errors}
          firstCountRef={firstCount}
        />
        {mismatch ? (
          <div className="decision-mismatch" role="alert" aria-labelledby={`${id}-mismatch`}>
            <p className="decision-mismatch__title" id={`${id}-mismatch`}>
              <AlertIcon size={20} />
              {t('meetings.decision.mismatchTitle')}
            </p>
            <p>{cast === null ? t('meetings.decision.mismatchServer') : t('meetings.decision.mismatch', { votes: cast, present })}</p>
            <div className="decision-mismatch__actions">
              <button type="button" className="button button--primary" onClick={() => void save(true)}>
                {t('meetings.decision.confirmMismatch')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setMismatch(false);
                  firstCount.current?.focus();
                }}
              >
                {t('meetings.decision.fixVotes')}
              </button>
            </div>
          </div>
        ) : null}
        <Field label={t('meetings.decision.drucksache')} hint={t('meetings.decision.drucksacheHint')} error={errors.drucksache} optional>
          {(control) => <input {...control} className="field__control field__control--short" value={drucksache} autoComplete="off" onChange={(event) => setDrucksache(event.target.value)} />}
        </Field>
        {item.measures.length > 0 ? (
          <fieldset className="decision-effects">
            <legend className="field__label">{t('meetings.decision.effects')}</legend>
            <p className="field__hint">{t('meetings.decision.effectsHint')}</p>
            {errors.effects ? <p className="field__error">{errors.effects}</p> : null}
            {item.measures.map((measure) => {
              const targets = ALLOWED_TRANSITIONS[measure.status];
              return (
                <Field key={measure.id} label={t('meetings.decision.effectFor', { code: measure.code, title: measure.title })} hint={t('meetings.decision.effectCurrent', { status: t(`status.measure.${measure.status}`) })}>
                  {(control) => (
                    <select
                      {...control}
                      className="field__control field__control--medium"
                      value={effects[measure.id] ?? ''}
                      disabled={targets.length === 0}
                      onChange={(event) => setEffects((current) => ({ ...current, [measure.id]: event.target.value as MeasureStatus | '' }))}
                    >
                      <option value="">{targets.length === 0 ? t('meetings.decision.noTransitions') : t('meetings.decision.noChange')}</option>
                      {targets.map((target) => (
                        <option key={target} value={target}>
                          {t(`status.measure.${target}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              );
            })}
          </fieldset>
        ) : null}
        <DialogActions onCancel={onClose} submitLabel={t('meetings.decision.submit')} busy={saving} />
      </form>
    </Dialog>
  );
}
