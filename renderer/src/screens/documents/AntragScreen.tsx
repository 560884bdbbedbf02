import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError, MeasureRowDto, MessageParams } from '../../../../contract';
import type { AntragDraftDto } from '../../../../contract/documents';
import { canTransition, DRUCKSACHE_PATTERN } from '../../../../contract/lifecycle';
import { antragHints, antragProblems } from '../../../../documents/antrag/antrag-checks';
import { draftSachverhalt } from '../../../../documents/antrag/sachverhalt-draft';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';
import { todayIso } from '../measures/measure-helpers';
import { useSaveFile } from '../../files/use-save-file';
import { antragFile, buildAntragFile, type BuiltFile } from './document-files';
import { DocumentPreview, type PreviewPhase } from './DocumentPreview';
import { LoadState } from '../../components/LoadState';
import { DocumentsPage } from './DocumentsPage';
import { Field } from '../../components/fields';
import { FraktionenEditor, namedFraktionen, withChairsOn, type FraktionRow } from './FraktionenEditor';
import { groupByField, MeasureChecklist } from './MeasureChecklist';
import { SaveAntragDialog, type Refusal, type SaveChoices, type SaveOutcome } from './SaveAntragDialog';

/** "Antrag an die Bezirksversammlung": compose, preview, save and record. */
export function AntragScreen() {
  const { t } = useTranslation();
  return (
    <DocumentsPage title={t('documents.antrag.title')} intro={<p>{t('documents.antrag.intro')}</p>} sub>
      {(edition) => <AntragLoader key={edition.id} editionId={edition.id} />}
    </DocumentsPage>
  );
}

function AntragLoader({ editionId }: { editionId: number }) {
  const message = useMessage();
  const draft = useCall('documents.antragDraft', { editionId });
  const list = useCall('measures.list', { editionId });
  if (!draft.data || !list.data) {
    const error = draft.error ?? list.error;
    return (
      <LoadState
        failed={draft.status === 'failed' || list.status === 'failed'}
        message={error ? errorText(message, error) : undefined}
        onRetry={() => {
          if (draft.status === 'failed') draft.reload();
          if (list.status === 'failed') list.reload();
        }}
      />
    );
  }
  return <AntragComposer editionId={editionId} draft={draft.data} rows={list.data.rows} onMeasuresChanged={list.reload} />;
}

interface Message {
  readonly key: string;
  readonly params?: MessageParams;
}

type Errors = Readonly<Record<string, Message>>;

/** The order in which errors take the focus: as the form reads. */
const fieldOrder = (rows: readonly FraktionRow[]) => ['measureIds', ...rows.flatMap((row) => [`fraktion.${row.key}`, `chair.${row.key}`]), 'subject', 'sachverhalt', 'submittedOn'];

const MEASURE_FIELD = /^measureIds\.(\d+)/;
const FRAKTION_FIELD = /^fraktionen\.(\d+)/;
const SIGNATORY_FIELD = /^signatories\.(\d+)/;

function AntragComposer({ editionId, draft, rows, onMeasuresChanged }: { editionId: number; draft: AntragDraftDto; rows: readonly MeasureRowDto[]; onMeasuresChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useMessage();
  const toasts = useToasts();
  const saveFile = useSaveFile();

  /** The records as of the Antrag's date: its recommended measures, the votes up to then, the chairs then. */
  const [facts, setFacts] = useState<AntragDraftDto>(draft);
  const defaults = useMemo<ReadonlySet<number>>(() => new Set(facts.measures.map((measure) => measure.id)), [facts]);
  const [picked, setPicked] = useState<ReadonlySet<number> | null>(null);
  /** Until the user picks, the selection follows the date: the measures recommended then. */
  const selected = picked ?? defaults;
  const setSelected = setPicked;
  const [fraktionen, setFraktionen] = useState<FraktionRow[]>([{ key: 1, name: '', chair: '' }]);
  const [subject, setSubject] = useState(draft.subject);
  /** The Sachverhalt as the person wrote it, and for how many measures; null while the draft is untouched. */
  const [ownText, setOwnText] = useState<{ text: string; count: number } | null>(null);
  const [date, setDate] = useState(todayIso);
  const [errors, setErrors] = useState<Errors>({});
  const [refused, setRefused] = useState<ReadonlyMap<number, Message>>(new Map());
  const [formErrors, setFormErrors] = useState<readonly Message[]>([]);
  const [preview, setPreview] = useState<{ file: Blob; key: string } | null>(null);
  const [phase, setPhase] = useState<PreviewPhase | 'building'>('empty');
  const [saveOpen, setSaveOpen] = useState(false);
  const controls = useRef(new Map<string, HTMLElement>());
  const firstMeasure = useRef<HTMLElement>(null);
  const previewRegion = useRef<HTMLDivElement>(null);

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
      setFraktionen((rows) => withChairsOn(rows, facts.fraktionen, result.data.fraktionen));
      setFacts(result.data);
    });
    return () => {
      current = false;
    };
  }, [api, date, editionId, facts]);

  const drafted = draftSachverhalt({ edition: facts.edition, process: facts.process, measureCount: chosen.length });
  const sachverhalt = ownText?.text ?? drafted;
  const sent = namedFraktionen(fraktionen);
  const choices = { date, fraktionen: sent.map(({ name, chair }) => ({ name, chair })), subject, sachverhalt };
  const inputKey = JSON.stringify([chosen.map((row) => row.id), choices]);

  const register = (field: string) => (element: HTMLElement | null) => {
    if (element) controls.current.set(field, element);
    else controls.current.delete(field);
  };
  const errorFor = (field: string) => {
    const item = errors[field];
    return item ? message(item.key, item.params) : undefined;
  };
  const focusFirst = (found: Errors) => {
    const first = fieldOrder(fraktionen).find((field) => found[field]);
    const target = first === 'measureIds' ? firstMeasure.current : first ? controls.current.get(first) : undefined;
    window.setTimeout(() => target?.focus(), 0);
  };
  const show = (found: Errors, measureRefusals: ReadonlyMap<number, Message> = new Map(), other: readonly Message[] = []) => {
    setErrors(found);
    setRefused(measureRefusals);
    setFormErrors(other);
    focusFirst(measureRefusals.size > 0 ? { ...found, measureIds: { key: '' } } : found);
  };

  /** What the form must hold before a preview or a file: errors at their fields. */
  const check = (): boolean => {
    const found: Record<string, Message> = {};
    if (chosen.length === 0) found.measureIds = { key: 'documents.antrag.errors.noMeasure' };
    const seen = new Set<string>();
    for (const row of fraktionen) {
      const name = row.name.trim();
      if (!name && row.chair.trim()) found[`fraktion.${row.key}`] = { key: 'documents.antrag.errors.fraktionName' };
      if (!name) continue;
      const lower = name.toLocaleLowerCase('de');
      if (seen.has(lower)) found[`fraktion.${row.key}`] = { key: 'documents.errors.fraktionTwice', params: { value: name } };
      seen.add(lower);
    }
    if (sent.length === 0) found[`fraktion.${fraktionen[0]?.key ?? 1}`] ??= { key: 'documents.antrag.errors.noFraktion' };
    if (!subject.trim()) found.subject = { key: 'documents.antrag.errors.noSubject' };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.submittedOn = { key: 'documents.antrag.errors.noDate' };
    show(found);
    return Object.keys(found).length === 0;
  };

  /**
   * Sorts a refusal from the main side: a measure (`measureIds.2` of the list sent), a
   * Fraktion or a text field of the form, the Drucksache of the dialog, or the form as a whole.
   */
  const sortError = (error: CallError, measureOrder: readonly number[]) => {
    const fields: Record<string, Message> = {};
    const measures = new Map<number, Message>();
    const other: Message[] = [];
    let drucksache: Message | undefined;
    const chairs = sent;
    for (const item of error.fields) {
      const text = { key: item.messageKey, params: { ...error.params, ...item.params } };
      const measure = MEASURE_FIELD.exec(item.field);
      const fraktion = FRAKTION_FIELD.exec(item.field);
      const signatory = SIGNATORY_FIELD.exec(item.field);
      const measureId = measure ? measureOrder[Number(measure[1])] : undefined;
      if (measureId !== undefined) measures.set(measureId, text);
      else if (fraktion && sent[Number(fraktion[1])]) fields[`fraktion.${sent[Number(fraktion[1])]!.key}`] = text;
      else if (signatory && chairs[Number(signatory[1])]) fields[`chair.${chairs[Number(signatory[1])]!.key}`] = text;
      else if (['subject', 'sachverhalt', 'submittedOn', 'measureIds'].includes(item.field)) fields[item.field] = text;
      else if (item.field === 'drucksache') drucksache = text;
      else other.push(text);
    }
    if (error.fields.length === 0) other.push({ key: error.messageKey, params: error.params });
    return { fields, measures, other, drucksache };
  };

  /** Fresh records of the chosen measures, and the file built from them with the form's texts. */
  const build = async (drucksache = ''): Promise<{ file: BuiltFile; measureIds: number[] } | { error: CallError; order: number[] }> => {
    const order = chosen.map((row) => row.id);
    const records = await api.call('documents.antragDraft', { editionId, measureIds: order, asOf: date });
    if (!records.ok) return { error: records.error, order };
    const measureIds = records.data.measures.map((measure) => measure.id);
    // Nothing the Antrag would state wrongly on its date: each reason at its field, like the service's refusals.
    const problems = antragProblems({
      date,
      workshopDate: records.data.process.workshop?.date ?? null,
      measures: records.data.measures,
      signers: sent.map((row) => ({ fraktion: row.name.trim(), name: row.chair })),
    });
    if (problems.length > 0) {
      const fields = problems.map((problem) => {
        const chair = /^chair\.(\d+)$/.exec(problem.field);
        return { field: chair ? `signatories.${chair[1]}` : problem.field, messageKey: problem.key, params: problem.params };
      });
      return { error: { code: 'rejected', messageKey: problems[0]!.key, params: problems[0]!.params, fields }, order: measureIds };
    }
    // The untouched draft is worded from the very records built, so its numbers are the petitum's.
    const text = ownText ? sachverhalt : draftSachverhalt({ edition: records.data.edition, process: records.data.process, measureCount: measureIds.length });
    const file = await buildAntragFile(records.data, { ...choices, sachverhalt: text, drucksache });
    return { file, measureIds };
  };

  const onPreview = async () => {
    if (phase === 'building' || phase === 'rendering' || !check()) return;
    setPhase('building');
    const result = await build();
    if ('error' in result) {
      setPhase(preview ? 'ready' : 'empty');
      const sorted = sortError(result.error, result.order);
      show(sorted.fields, sorted.measures, sorted.other);
      return;
    }
    setPreview({ file: result.file.blob, key: inputKey });
    previewRegion.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  };

  const onSave = async (options: SaveChoices): Promise<SaveOutcome> => {
    const describe = (measureId: number, text: Message): Refusal => {
      const row = rowById.get(measureId) ?? null;
      return { row, text: message(text.key, { ...text.params, code: text.params?.code ?? row?.code ?? '' }) };
    };
    if (options.drucksache && !DRUCKSACHE_PATTERN.test(options.drucksache)) {
      return { done: false, refusals: [], drucksache: message('validation.drucksache'), other: [] };
    }
    if (options.markSubmitted) {
      // All or nothing: name every measure that cannot be moved, before anything is written.
      const blocked = chosen.filter((row) => !canTransition(row.status, 'submitted'));
      if (blocked.length > 0) {
        return { done: false, refusals: blocked.map((row) => describe(row.id, { key: 'documents.errors.notSubmittable', params: { code: row.code, status: row.status } })), other: [] };
      }
    }
    const outcome = (error: CallError, order: readonly number[]): SaveOutcome => {
      const sorted = sortError(error, order);
      if (Object.keys(sorted.fields).length > 0) {
        // A text of the form itself: back to the form, at the field.
        setSaveOpen(false);
        show(sorted.fields);
        return { done: true };
      }
      return {
        done: false,
        refusals: [...sorted.measures].map(([measureId, text]) => describe(measureId, text)),
        drucksache: sorted.drucksache ? message(sorted.drucksache.key, sorted.drucksache.params) : undefined,
        other: sorted.other.map((item) => message(item.key, item.params)),
      };
    };

    const built = await build(options.drucksache);
    if ('error' in built) return outcome(built.error, built.order);
    if (options.record) {
      const saved = await api.call('documents.saveAntrag', {
        editionId,
        submittedOn: date,
        fraktionen: sent.map((row) => row.name.trim()),
        subject: subject.trim(),
        sachverhalt,
        signatories: sent.map((row) => ({ name: row.chair.trim(), fraktion: row.name.trim(), role: '' })),
        measureIds: built.measureIds,
        drucksache: options.drucksache,
        markSubmitted: options.markSubmitted,
      });
      if (!saved.ok) return outcome(saved.error, built.measureIds);
    }
    // The record is kept even if the save dialog is cancelled: the file can be made again.
    await saveFile(built.file.fileName, built.file.blob, null);
    const fileName = built.file.fileName;
    if (options.markSubmitted) toasts.success(t('documents.antrag.toasts.submitted', { fileName, count: built.measureIds.length }));
    else if (options.record) toasts.success(t('documents.antrag.toasts.recorded', { fileName }));
    else toasts.success(t('documents.antrag.toasts.saved', { fileName }));
    if (options.markSubmitted) onMeasuresChanged();
    setRefused(new Map());
    setSaveOpen(false);
    return { done: true };
  };

  const [periodHint] = antragHints({ date, periodFrom: facts.edition.periodFrom, periodTo: facts.edition.periodTo });
  const countChanged = ownText !== null && ownText.count !== chosen.length && ownText.text !== drafted;

  return (
    <div className="antrag">
      <FormErrors messages={formErrors.map((item) => message(item.key, item.params))} />
      <section className="card antrag-card">
        <MeasureChecklist
          groups={groups}
          defaults={defaults}
          selected={selected}
          onChange={(next) => {
            setSelected(next);
            setRefused(new Map());
          }}
          error={errorFor('measureIds')}
          refused={new Map([...refused].map(([id, text]) => [id, message(text.key, { ...text.params, code: text.params?.code ?? rowById.get(id)?.code ?? '' })]))}
          firstControl={firstMeasure}
        />
      </section>

      <section className="card antrag-card">
        <FraktionenEditor rows={fraktionen} onChange={setFraktionen} errorFor={errorFor} register={register} suggestions={facts.fraktionen} conventions={facts.conventions} />
      </section>

      <section className="card antrag-card" aria-labelledby="antrag-text-title">
        <h2 className="antrag-card__title" id="antrag-text-title">
          {t('documents.antrag.text.title')}
        </h2>
        <Field label={t('documents.antrag.text.date')} hint={periodHint ? message(periodHint.key, periodHint.params) : undefined} error={errorFor('submittedOn')} required>
          {(control) => <input {...control} ref={register('submittedOn')} type="date" className="field__control field__control--short" value={date} onChange={(event) => setDate(event.target.value)} />}
        </Field>
        <Field label={t('documents.antrag.text.subject')} error={errorFor('subject')} required>
          {(control) => (
            <input {...control} ref={register('subject')} className="field__control field__control--full" value={subject} maxLength={300} autoComplete="off" onChange={(event) => setSubject(event.target.value)} />
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
              onChange={(event) => setOwnText({ text: event.target.value, count: ownText?.count ?? chosen.length })}
            />
          )}
        </Field>
        {countChanged ? (
          <div className="antrag-redraft">
            <p>{t('documents.antrag.text.redraftHint', { count: chosen.length })}</p>
            <button type="button" className="button button--small button--secondary" onClick={() => setOwnText(null)}>
              {t('documents.antrag.text.redraft')}
            </button>
          </div>
        ) : null}
      </section>

      <div className="document-actions">
        <button type="button" className="button button--secondary" onClick={() => void onPreview()} aria-disabled={phase === 'building' || phase === 'rendering' || undefined}>
          {t('documents.actions.preview')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            if (check()) setSaveOpen(true);
          }}
        >
          {t('documents.antrag.actions.save')}
        </button>
        <p className="document-actions__file">{t('documents.fileName', { fileName: antragFile(date) })}</p>
        <p className="visually-hidden" role="status">
          {phase === 'building' || phase === 'rendering' ? t('documents.preview.building') : phase === 'ready' ? t('documents.preview.ready') : ''}
        </p>
      </div>

      <div ref={previewRegion}>
        <DocumentPreview
          label={t('documents.antrag.previewLabel')}
          file={preview?.file ?? null}
          emptyText={t('documents.antrag.previewEmpty')}
          outdated={preview !== null && preview.key !== inputKey}
          onPhase={setPhase}
        />
      </div>

      {saveOpen ? <SaveAntragDialog fileName={antragFile(date)} measureCount={chosen.length} onSave={onSave} onClose={() => setSaveOpen(false)} /> : null}
    </div>
  );
}
