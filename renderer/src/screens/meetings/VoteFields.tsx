import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FieldError } from '../../components/fields';
import type { FraktionChoice, VoteDraft, VoteMode } from './decision-logic';

const MODES: readonly VoteMode[] = ['counts', 'fraktionen', 'unanimous', 'none'];
const COUNTS = ['yes', 'no', 'abstain', 'conflicted'] as const;
const CHOICES: readonly FraktionChoice[] = ['for', 'against', 'abstain', ''];
const CHOICE_LABEL: Record<FraktionChoice, string> = { for: 'fraktionFor', against: 'fraktionAgainst', abstain: 'fraktionAbstain', '': 'fraktionNone' };

interface VoteFieldsProps {
  readonly draft: VoteDraft;
  readonly onChange: (draft: VoteDraft) => void;
  readonly fraktionen: readonly string[];
  readonly votingPresent: number;
  readonly errors: Readonly<Record<string, string>>;
  readonly firstCountRef?: RefObject<HTMLInputElement | null>;
  /** Live mode: fewer words, same controls. */
  readonly compact?: boolean;
}

/** How the vote went: the mode as radio buttons, then counts or one choice per Fraktion. */
export function VoteFields({ draft, onChange, fraktionen, votingPresent, errors, firstCountRef, compact }: VoteFieldsProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="vote-fields">
      <legend className="field__label">{t('meetings.decision.voteMode')}</legend>
      <div className="segmented" role="presentation">
        {MODES.map((mode) => (
          <label key={mode} className={`segmented__option${draft.mode === mode ? ' segmented__option--checked' : ''}`}>
            <input type="radio" name={`${name}-mode`} value={mode} checked={draft.mode === mode} onChange={() => onChange({ ...draft, mode })} />
            <span>{t(`meetings.decision.mode.${mode}`)}</span>
          </label>
        ))}
      </div>
      {draft.mode === 'counts' ? (
        <>
          <div className="vote-fields__counts">
            {COUNTS.map((count, index) => (
              <Field key={count} label={t(`meetings.decision.${count}`)} error={errors[count]} className="vote-fields__count">
                {(control) => (
                  <input
                    {...control}
                    ref={index === 0 ? firstCountRef : undefined}
                    className="field__control vote-fields__number"
                    inputMode="numeric"
                    autoComplete="off"
                    value={draft[count]}
                    onChange={(event) => onChange({ ...draft, [count]: event.target.value })}
                  />
                )}
              </Field>
            ))}
          </div>
          {compact ? null : <p className="field__hint">{t('meetings.decision.presentHint', { count: votingPresent })}</p>}
        </>
      ) : null}
      {draft.mode === 'fraktionen' ? (
        fraktionen.length === 0 ? (
          <p className="field__hint">{t('meetings.decision.noFraktionen')}</p>
        ) : (
          <div className="vote-fields__fraktionen">
            {fraktionen.map((fraktion) => {
              const chosen = draft.fraktionen[fraktion] ?? '';
              return (
                <fieldset key={fraktion} className="vote-fields__fraktion">
                  <legend className="visually-hidden">{t('meetings.decision.fraktionVote', { name: fraktion })}</legend>
                  <span className="vote-fields__fraktion-name" aria-hidden="true">
                    {fraktion}
                  </span>
                  <div className="segmented segmented--small">
                    {CHOICES.map((choice) => (
                      <label key={choice || 'none'} className={`segmented__option${chosen === choice ? ' segmented__option--checked' : ''}`}>
                        <input
                          type="radio"
                          name={`${name}-${fraktion}`}
                          checked={chosen === choice}
                          onChange={() => onChange({ ...draft, fraktionen: { ...draft.fraktionen, [fraktion]: choice } })}
                        />
                        <span>{t(`meetings.decision.${CHOICE_LABEL[choice]}`)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              );
            })}
            {errors.fraktionen ? <FieldError text={errors.fraktionen} /> : null}
          </div>
        )
      ) : null}
    </fieldset>
  );
}
