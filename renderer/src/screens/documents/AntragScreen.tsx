import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { LoadState } from '../../components/LoadState';
import { useAllRows } from '../../components/paged-list/use-all-rows';
import { MEASURE_PAGE_MAX } from '../../../../contract/measures-constants';
import { errorText, useMessage } from '../../i18n/messages';
import { AntragComposer } from './AntragComposer';
import { DocumentsPage } from './DocumentsPage';

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
  // The checklist offers every measure of the edition: all pages, not only the first.
  const list = useAllRows('measures.list', { editionId }, MEASURE_PAGE_MAX);
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
