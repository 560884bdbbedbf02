import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError, MeasureRowDto } from '../../../../contract';
import type { AntragDraftDto } from '../../../../contract/documents';
import { canTransition, DRUCKSACHE_PATTERN } from '../../../../contract/lifecycle';
import { antragProblems } from '../../../../documents/antrag/antrag-checks';
import { draftSachverhalt } from '../../../../documents/antrag/sachverhalt-draft';
import { useApi } from '../../api/api-context';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { useSaveFile } from '../../files/use-save-file';
import { useMessage } from '../../i18n/messages';
import { DocumentActions } from './DocumentActions';
import { AntragTextCard } from './AntragTextCard';
import { antragFile, buildAntragFile, type BuiltFile } from './document-files';
import { DocumentPreview, type PreviewPhase } from './DocumentPreview';
import { FraktionenEditor } from './FraktionenEditor';
import { antragFormErrors, fieldOrder, sortAntragError, type Errors, type Message } from './antrag-form';
import { MeasureChecklist } from './MeasureChecklist';
import { SaveAntragDialog, type Refusal, type SaveChoices, type SaveOutcome } from './SaveAntragDialog';
import { useAntragDraft } from './use-antrag-draft';

/** The errors on show: at the form's fields, at measures of the list, and for the form as a whole. */
interface Shown {
  readonly errors: Errors;
  readonly refused: ReadonlyMap<number, Message>;
  readonly formErrors: readonly Message[];
}

const NOTHING_SHOWN: Shown = { errors: {}, refused: new Map(), formErrors: [] };

/** The Antrag form (draft in useAntragDraft), its errors, the preview and the save with its record. */
export function AntragComposer({ editionId, draft: initial, rows, onMeasuresChanged }: { editionId: number; draft: AntragDraftDto; rows: readonly MeasureRowDto[]; onMeasuresChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useMessage();
  const toasts = useToasts();
  const saveFile = useSaveFile();

  const draft = useAntragDraft(editionId, initial, rows);
  const { facts, fraktionen, subject, date, selected, groups, chosen, rowById, sachverhalt, sent, choices, inputKey } = draft;
  const [shown, setShown] = useState<Shown>(NOTHING_SHOWN);
  const [preview, setPreview] = useState<{ file: Blob; key: string } | null>(null);
  const [phase, setPhase] = useState<PreviewPhase | 'building'>('empty');
  const [saveOpen, setSaveOpen] = useState(false);
  /** The inputs of the Antrag last saved as a file or recorded (at first: the untouched draft). */
  const [savedInputs, setSavedInputs] = useState(draft.inputsKey);
  const controls = useRef(new Map<string, HTMLElement>());
  const firstMeasure = useRef<HTMLElement>(null);
  const previewRegion = useRef<HTMLDivElement>(null);

  const register = (field: string) => (element: HTMLElement | null) => {
    if (element) controls.current.set(field, element);
    else controls.current.delete(field);
  };
  const errorFor = (field: string) => {
    const item = shown.errors[field];
    return item ? message(item.key, item.params) : undefined;
  };
  const focusFirst = (found: Errors) => {
    const first = fieldOrder(fraktionen).find((field) => found[field]);
    const target = first === 'measureIds' ? firstMeasure.current : first ? controls.current.get(first) : undefined;
    window.setTimeout(() => target?.focus(), 0);
  };
  const show = (found: Errors, measureRefusals: ReadonlyMap<number, Message> = new Map(), other: readonly Message[] = []) => {
    setShown({ errors: found, refused: measureRefusals, formErrors: other });
    focusFirst(measureRefusals.size > 0 ? { ...found, measureIds: { key: '' } } : found);
  };
  const clearRefused = () => setShown((current) => ({ ...current, refused: new Map() }));

  /** What the form must hold before a preview or a file: errors at their fields. */
  const check = (): boolean => {
    const found = antragFormErrors({ chosenCount: chosen.length, fraktionen, sent, subject, date });
    show(found);
    return Object.keys(found).length === 0;
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
    const text = draft.ownText ? sachverhalt : draftSachverhalt({ edition: records.data.edition, process: records.data.process, measureCount: measureIds.length });
    const file = await buildAntragFile(records.data, { ...choices, sachverhalt: text, drucksache });
    return { file, measureIds };
  };

  const onPreview = async () => {
    if (phase === 'building' || phase === 'rendering' || !check()) return;
    setPhase('building');
    const result = await build();
    if ('error' in result) {
      setPhase(preview ? 'ready' : 'empty');
      const sorted = sortAntragError(result.error, result.order, sent);
      show(sorted.fields, sorted.measures, sorted.other);
      return;
    }
    setPreview({ file: result.file.blob, key: inputKey });
    previewRegion.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  };

  const onSave = async (options: SaveChoices): Promise<SaveOutcome> => {
    const inputs = draft.inputsKey;
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
      const sorted = sortAntragError(error, order, sent);
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
    const fileSaved = await saveFile(built.file.fileName, built.file.blob, null);
    // Nothing typed is lost once the Antrag is recorded or its file is saved.
    if (options.record || fileSaved) setSavedInputs(inputs);
    const fileName = built.file.fileName;
    if (options.markSubmitted) toasts.success(t('documents.antrag.toasts.submitted', { fileName, count: built.measureIds.length }));
    else if (options.record) toasts.success(t('documents.antrag.toasts.recorded', { fileName }));
    else toasts.success(t('documents.antrag.toasts.saved', { fileName }));
    if (options.markSubmitted) onMeasuresChanged();
    clearRefused();
    setSaveOpen(false);
    return { done: true };
  };

  /*
   * Leaving with an Antrag not yet saved asks (issue 15). Saving it takes answers only the person
   * can give – record it in the list of motions? set its measures to „beantragt“? which
   * Drucksache? where the Word file goes – so the leave question's „Änderungen speichern“ (and
   * Ctrl+S) does what the screen's own „Speichern …“ does: it checks the form (missing fields are
   * shown at the field) and opens the save dialog. The page stays (false): after saving, the
   * person leaves without a question. „Verwerfen“ and „Abbrechen“ work as everywhere.
   */
  useUnsavedChanges(
    () => draft.inputsKey !== savedInputs,
    () => {
      if (!saveOpen && check()) setSaveOpen(true);
      return Promise.resolve(false);
    },
  );

  return (
    <div className="antrag">
      <FormErrors messages={shown.formErrors.map((item) => message(item.key, item.params))} />
      <section className="card antrag-card">
        <MeasureChecklist
          groups={groups}
          defaults={draft.defaults}
          selected={selected}
          onChange={(next) => {
            draft.setSelected(next);
            clearRefused();
          }}
          error={errorFor('measureIds')}
          refused={new Map([...shown.refused].map(([id, text]) => [id, message(text.key, { ...text.params, code: text.params?.code ?? rowById.get(id)?.code ?? '' })]))}
          firstControl={firstMeasure}
        />
      </section>

      <section className="card antrag-card">
        <FraktionenEditor rows={fraktionen} onChange={draft.setFraktionen} errorFor={errorFor} register={register} suggestions={facts.fraktionen} conventions={facts.conventions} />
      </section>

      <AntragTextCard draft={draft} errorFor={errorFor} register={register} />

      <DocumentActions
        phase={phase}
        fileName={antragFile(date)}
        onPreview={() => void onPreview()}
        onSave={() => {
          if (check()) setSaveOpen(true);
        }}
        saveLabel={t('documents.antrag.actions.save')}
      />

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
