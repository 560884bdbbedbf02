import { useEffect, useMemo, useReducer } from 'react';
import type { MeasureRowDto } from '../../../../contract';
import type { AntragDraftDto } from '../../../../contract/documents';
import { antragHints } from '../../../../documents/antrag/antrag-checks';
import { draftSachverhalt } from '../../../../documents/antrag/sachverhalt-draft';
import { useApi } from '../../api/api-context';
import { todayIso } from '../measures/measure-helpers';
import { namedFraktionen, withChairsOn, type FraktionRow } from './FraktionenEditor';
import { groupByField } from './MeasureChecklist';

/** What the person has put into the Antrag so far. */
interface DraftState {
  /** The records as of the Antrag's date: its recommended measures, the votes up to then, the chairs then. */
  readonly facts: AntragDraftDto;
  /** The measures picked by hand; null until the user picks (the selection then follows the date). */
  readonly picked: ReadonlySet<number> | null;
  readonly fraktionen: FraktionRow[];
  readonly subject: string;
  /** The Sachverhalt as the person wrote it, and for how many measures; null while the draft is untouched. */
  readonly ownText: { text: string; count: number } | null;
  readonly date: string;
}

type DraftAction =
  | { type: 'recordsOn'; facts: AntragDraftDto }
  | { type: 'pick'; selected: ReadonlySet<number> }
  | { type: 'fraktionen'; rows: FraktionRow[] }
  | { type: 'subject'; subject: string }
  | { type: 'date'; date: string }
  | { type: 'writeText'; text: string; count: number }
  | { type: 'redraft' };

function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'recordsOn':
      // The chairs follow the date where the person has not changed them.
      return { ...state, fraktionen: withChairsOn(state.fraktionen, state.facts.fraktionen, action.facts.fraktionen), facts: action.facts };
    case 'pick':
      return { ...state, picked: action.selected };
    case 'fraktionen':
      return { ...state, fraktionen: action.rows };
    case 'subject':
      return { ...state, subject: action.subject };
    case 'date':
      return { ...state, date: action.date };
    case 'writeText':
      // The count is the one when the person first wrote: a later change of the selection is hinted.
      return { ...state, ownText: { text: action.text, count: state.ownText?.count ?? action.count } };
    case 'redraft':
      return { ...state, ownText: null };
  }
}

const initialDraft = (draft: AntragDraftDto): DraftState => ({
  facts: draft,
  picked: null,
  fraktionen: [{ key: 1, name: '', chair: '' }],
  subject: draft.subject,
  ownText: null,
  date: todayIso(),
});

/**
 * The Antrag being composed: its inputs in one reducer, the records fetched again when the date
 * changes, and what follows from them (the chosen measures in petitum order, the drafted
 * Sachverhalt, the texts sent to the builder and a key telling when a preview is outdated).
 */
export function useAntragDraft(editionId: number, draft: AntragDraftDto, rows: readonly MeasureRowDto[]) {
  const api = useApi();
  const [state, dispatch] = useReducer(draftReducer, draft, initialDraft);
  const { facts, picked, fraktionen, subject, ownText, date } = state;

  const defaults = useMemo<ReadonlySet<number>>(() => new Set(facts.measures.map((measure) => measure.id)), [facts]);
  /** Until the user picks, the selection follows the date: the measures recommended then. */
  const selected = picked ?? defaults;
  const groups = useMemo(() => groupByField(draft.fields, rows), [draft.fields, rows]);
  /** The chosen measures in the order of the petitum (fields, then numbers). */
  const chosen = useMemo(() => groups.flatMap((group) => group.rows).filter((row) => selected.has(row.id)), [groups, selected]);
  const rowById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);

  // Another date: the records as of then (counts, statuses, chairs), so the draft tells that day's story.
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date === facts.asOf) return;
    let current = true;
    void api.call('documents.antragDraft', { editionId, asOf: date }).then((result) => {
      if (!current || !result.ok) return;
      dispatch({ type: 'recordsOn', facts: result.data });
    });
    return () => {
      current = false;
    };
  }, [api, date, editionId, facts]);

  const drafted = draftSachverhalt({ edition: facts.edition, process: facts.process, measureCount: chosen.length });
  const sachverhalt = ownText?.text ?? drafted;
  const sent = namedFraktionen(fraktionen);
  const choices = { date, fraktionen: sent.map(({ name, chair }) => ({ name, chair })), subject, sachverhalt };
  const [periodHint] = antragHints({ date, periodFrom: facts.edition.periodFrom, periodTo: facts.edition.periodTo });

  return {
    facts,
    fraktionen,
    subject,
    date,
    /** The person wrote the Sachverhalt (it is then sent as written). */
    ownText: ownText !== null,
    defaults,
    selected,
    groups,
    chosen,
    rowById,
    sachverhalt,
    /** The named Fraktionen, in order: they sign with their chairs. */
    sent,
    choices,
    /**
     * What the person has put in (picked measures, Fraktionen and chairs, subject, own Sachverhalt,
     * date): the unsaved-changes guard compares it with the one of the last saved Antrag.
     */
    inputsKey: JSON.stringify([picked === null ? null : [...picked].sort((a, b) => a - b), fraktionen.map((row) => [row.name, row.chair]), subject, ownText?.text ?? null, date]),
    /** Changes whenever the Antrag would read differently: a preview made with another key is outdated. */
    inputKey: JSON.stringify([chosen.map((row) => row.id), choices]),
    periodHint,
    /** The own Sachverhalt was written for another number of measures than chosen now. */
    countChanged: ownText !== null && ownText.count !== chosen.length && ownText.text !== drafted,
    setSelected: (next: ReadonlySet<number>) => dispatch({ type: 'pick', selected: next }),
    setFraktionen: (next: FraktionRow[]) => dispatch({ type: 'fraktionen', rows: next }),
    setSubject: (next: string) => dispatch({ type: 'subject', subject: next }),
    setDate: (next: string) => dispatch({ type: 'date', date: next }),
    writeSachverhalt: (text: string) => dispatch({ type: 'writeText', text, count: chosen.length }),
    redraft: () => dispatch({ type: 'redraft' }),
  };
}

export type AntragDraft = ReturnType<typeof useAntragDraft>;
