import { useTranslation } from 'react-i18next';
import type { PreviewPhase } from './DocumentPreview';

interface DocumentActionsProps {
  readonly phase: PreviewPhase | 'building' | 'saving';
  readonly fileName: string;
  readonly onPreview: () => void;
  readonly onSave: () => void;
  readonly saveLabel: string;
  /** Saving waits too while the file is built, drawn or saved (the save button is held). */
  readonly holdSaveWhileBusy?: boolean;
  /** Inside the document's card, not below it. */
  readonly inside?: boolean;
}

/** Preview and save, the file's name, and the preview's progress for screen readers. */
export function DocumentActions({ phase, fileName, onPreview, onSave, saveLabel, holdSaveWhileBusy = false, inside = false }: DocumentActionsProps) {
  const { t } = useTranslation();
  const busy = phase === 'building' || phase === 'rendering' || phase === 'saving';
  return (
    <div className={inside ? 'document-actions document-actions--inside' : 'document-actions'}>
      <button type="button" className="button button--secondary" onClick={onPreview} aria-disabled={busy || undefined}>
        {t('documents.actions.preview')}
      </button>
      <button type="button" className="button button--primary" onClick={onSave} aria-disabled={(holdSaveWhileBusy && busy) || undefined}>
        {saveLabel}
      </button>
      <p className="document-actions__file">{t('documents.fileName', { fileName })}</p>
      <p className="visually-hidden" role="status">
        {phase === 'building' || phase === 'rendering' ? t('documents.preview.building') : phase === 'ready' ? t('documents.preview.ready') : ''}
      </p>
    </div>
  );
}
