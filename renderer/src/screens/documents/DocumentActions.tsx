import { useTranslation } from 'react-i18next';
import type { PreviewPhase } from './DocumentPreview';

interface AntragActionsProps {
  readonly phase: PreviewPhase | 'building';
  readonly fileName: string;
  readonly onPreview: () => void;
  readonly onSave: () => void;
}

/** Preview and save, the file's name, and the preview's progress for screen readers. */
export function AntragActions({ phase, fileName, onPreview, onSave }: AntragActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="document-actions">
      <button type="button" className="button button--secondary" onClick={onPreview} aria-disabled={phase === 'building' || phase === 'rendering' || undefined}>
        {t('documents.actions.preview')}
      </button>
      <button type="button" className="button button--primary" onClick={onSave}>
        {t('documents.antrag.actions.save')}
      </button>
      <p className="document-actions__file">{t('documents.fileName', { fileName })}</p>
      <p className="visually-hidden" role="status">
        {phase === 'building' || phase === 'rendering' ? t('documents.preview.building') : phase === 'ready' ? t('documents.preview.ready') : ''}
      </p>
    </div>
  );
}
