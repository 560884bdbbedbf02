import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/date-inputs';
import type { CallError } from '../../../../contract';
import { FormErrors } from '../../components/fields';
import { errorText, useMessage } from '../../i18n/messages';
import { useSaveFile } from '../../files/use-save-file';
import type { BuiltFile } from './document-files';
import { DocumentActions } from './DocumentActions';
import { DocumentPreview, type PreviewPhase } from './DocumentPreview';
import { Field } from '../../components/fields';

interface DocumentWorkbenchProps {
  /** The one date of the document ("Stand"). */
  readonly dateLabel: string;
  readonly dateHint: string;
  readonly date: string;
  readonly onDateChange: (date: string) => void;
  /** What the document will hold, above the buttons. */
  readonly summary?: ReactNode;
  readonly fileName: string;
  /** Loads the records for the date and builds the file; a failed call comes back as its error. */
  readonly build: () => Promise<BuiltFile | CallError>;
  readonly previewLabel: string;
  readonly previewEmpty: string;
}

const isFile = (value: BuiltFile | CallError): value is BuiltFile => 'blob' in value;

/**
 * A document that needs nothing but a date: the date, "Vorschau" (the same builder as the
 * file, drawn by docx-preview) and "Word-Datei speichern".
 */
export function DocumentWorkbench({ dateLabel, dateHint, date, onDateChange, summary, fileName, build, previewLabel, previewEmpty }: DocumentWorkbenchProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const saveFile = useSaveFile();
  const [preview, setPreview] = useState<{ file: Blob; date: string } | null>(null);
  const [phase, setPhase] = useState<PreviewPhase | 'building' | 'saving'>('empty');
  const [dateError, setDateError] = useState(false);
  const [problem, setProblem] = useState<CallError | null>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const previewRegion = useRef<HTMLDivElement>(null);
  const busy = phase === 'building' || phase === 'rendering' || phase === 'saving';

  const attempt = async (kind: 'building' | 'saving'): Promise<BuiltFile | null> => {
    if (busy) return null;
    setProblem(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setDateError(true);
      dateInput.current?.focus();
      return null;
    }
    setDateError(false);
    setPhase(kind);
    const result = await build();
    if (!isFile(result)) {
      setProblem(result);
      setPhase(preview ? 'ready' : 'empty');
      return null;
    }
    return result;
  };

  const onPreview = async () => {
    const file = await attempt('building');
    if (!file) return;
    setPreview({ file: file.blob, date });
    previewRegion.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  };

  const onSave = async () => {
    const file = await attempt('saving');
    if (!file) return;
    setPhase(preview ? 'ready' : 'empty');
    await saveFile(file.fileName, file.blob, t('documents.toasts.saved', { fileName: file.fileName }));
  };

  return (
    <div className="workbench">
      <section className="card antrag-card">
        <FormErrors messages={problem ? [errorText(message, problem)] : []} />
        <Field label={dateLabel} hint={dateHint} error={dateError ? t('documents.dateRequired') : undefined} required>
          {(control) => <DateInput {...control} ref={dateInput} className="field__control field__control--short" value={date} onChange={onDateChange} />}
        </Field>
        {summary}
        <DocumentActions
          phase={phase}
          fileName={fileName}
          onPreview={() => void onPreview()}
          onSave={() => void onSave()}
          saveLabel={t('documents.actions.saveFile')}
          holdSaveWhileBusy
          inside
        />
      </section>
      <div ref={previewRegion}>
        <DocumentPreview label={previewLabel} file={preview?.file ?? null} emptyText={previewEmpty} outdated={preview !== null && preview.date !== date} onPhase={setPhase} />
      </div>
    </div>
  );
}
