import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError, ImportDecision, ImportJobDto, ImportPreviewDto } from '../../../../../contract';
import { useApi } from '../../../api/api-context';
import { base64ToBytes } from '../../../files/file-transfer';
import { useSaveFile } from '../../../files/use-save-file';
import { useToasts } from '../../../components/toasts';
import { errorText, useMessage } from '../../../i18n/messages';
import { ContactsPage } from '../ContactsPage';
import { ColumnsStep } from './ColumnsStep';
import { FileStep } from './FileStep';
import { badRowsOf, initialDecisions, STEPS, toCallInput, type ImportSource, type WizardStep } from './import-state';
import { ReviewStep } from './ReviewStep';
import { RunStep } from './RunStep';

/** How often the wizard asks for the import's progress. */
export const PROGRESS_POLL_MS = 200;

/** Import wizard: file → columns (detection, mapping, first rows) → dry run and duplicates → import with progress. */
export function ContactsImportScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const message = useMessage();
  const toasts = useToasts();
  const saveFile = useSaveFile();
  const [step, setStep] = useState<WizardStep>('file');
  const [source, setSource] = useState<ImportSource | null>(null);
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [decisions, setDecisions] = useState<Record<string, ImportDecision>>({});
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string>();
  const [mappingError, setMappingError] = useState<string>();
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJobDto | null>(null);
  const [startError, setStartError] = useState<string>();
  const previewRun = useRef(0);

  const errorAt = (error: CallError) => errorText(message, error);

  /** Asks for the dry run; on success it becomes the wizard's state. Answers of an older request are dropped. */
  const runPreview = async (next: ImportSource, onFail: (error: CallError) => void): Promise<ImportPreviewDto | null> => {
    const run = ++previewRun.current;
    setBusy(true);
    const result = await api.call('contacts.importPreview', toCallInput(next));
    if (run !== previewRun.current) return null;
    setBusy(false);
    if (!result.ok) {
      onFail(result.error);
      return null;
    }
    setSource(next);
    setPreview(result.data);
    setDecisions(initialDecisions(result.data));
    setMappingError(undefined);
    return result.data;
  };

  const onPicked = async (picked: ImportSource) => {
    setFileError(undefined);
    if (await runPreview(picked, (error) => setFileError(errorAt(error)))) setStep('columns');
  };

  const onChangeSource = async (change: Partial<ImportSource>) => {
    if (!source || !preview) return;
    const showError = (error: CallError) => setMappingError(errorAt(error));
    if (!change.separator && !change.encoding) {
      await runPreview({ ...source, ...change }, showError);
      return;
    }
    // Another separator or encoding may change the headers: read them afresh, and keep the
    // person's own mapping only if the headers stayed the same.
    const chosen = source.mapping;
    const fresh = await runPreview({ ...source, ...change, mapping: undefined }, showError);
    if (fresh && chosen && fresh.headers.join('\u001f') === preview.headers.join('\u001f')) await runPreview({ ...source, ...change, mapping: chosen }, showError);
  };

  /** The bad rows as a CSV to fix, each problem worded in the person's language. */
  const saveRejects = async () => {
    if (!source || !preview) return;
    const keys = new Set(badRowsOf(preview).flatMap((row) => row.errors.map((error) => error.messageKey)));
    const problems = Object.fromEntries([...keys].map((key) => [key, message(key)]));
    const result = await api.call('contacts.importRejects', { ...toCallInput(source), problems });
    if (!result.ok) {
      toasts.error(errorAt(result.error));
      return;
    }
    const { fileName, contentBase64, mimeType } = result.data;
    await saveFile(fileName, base64ToBytes(contentBase64), t('contacts.importWizard.review.rejectsOffered', { fileName }), mimeType);
  };

  const start = async () => {
    if (!source) return;
    setStep('run');
    setJob(null);
    setStartError(undefined);
    const result = await api.call('contacts.importStart', { ...toCallInput(source), decisions });
    if (!result.ok) {
      setStartError(errorAt(result.error));
      return;
    }
    setJobId(result.data.jobId);
  };

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      const result = await api.call('contacts.importProgress', { jobId });
      if (stopped) return;
      if (!result.ok) {
        setStartError(errorAt(result.error));
        setJobId(null);
        return;
      }
      setJob(result.data);
      if (result.data.state === 'running') timer = window.setTimeout(() => void poll(), PROGRESS_POLL_MS);
      else setJobId(null);
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
    // errorAt only translates; the poll restarts only for a new job.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, jobId]);

  const cancel = async () => {
    if (!jobId) return;
    const result = await api.call('contacts.importCancel', { jobId });
    if (result.ok) setJob(result.data);
  };

  const again = () => {
    setStep('file');
    setSource(null);
    setPreview(null);
    setJob(null);
    setJobId(null);
    setStartError(undefined);
  };

  return (
    <ContactsPage title={t('contacts.importWizard.title')} intro={<p>{t('contacts.importWizard.intro')}</p>}>
      <ol className="wizard-steps" aria-label={t('contacts.importWizard.stepsLabel')}>
        {STEPS.map((each, index) => (
          <li key={each} className={`wizard-steps__step${each === step ? ' wizard-steps__step--current' : ''}`} aria-current={each === step ? 'step' : undefined}>
            <span className="wizard-steps__number" aria-hidden="true">
              {index + 1}
            </span>
            {t(`contacts.importWizard.steps.${each}`)}
          </li>
        ))}
      </ol>
      {step === 'file' ? <FileStep error={fileError} busy={busy} onPicked={(picked) => void onPicked(picked)} /> : null}
      {step === 'columns' && preview && source ? (
        <ColumnsStep preview={preview} source={source} busy={busy} mappingError={mappingError} onChange={(change) => void onChangeSource(change)} onBack={again} onNext={() => setStep('review')} />
      ) : null}
      {step === 'review' && preview ? (
        <ReviewStep preview={preview} decisions={decisions} onDecisions={setDecisions} onBack={() => setStep('columns')} onImport={() => void start()} onSaveRejects={saveRejects} />
      ) : null}
      {step === 'run' ? <RunStep job={job} startError={startError} onCancel={() => void cancel()} onAgain={again} onBack={() => setStep('review')} /> : null}
    </ContactsPage>
  );
}
