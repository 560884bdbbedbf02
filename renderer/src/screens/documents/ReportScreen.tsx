import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionSummaryDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useRoute } from '../../app/router';
import { todayIso } from '../measures/measure-helpers';
import { buildReportFile, reportFile } from './document-files';
import { DocumentsPage } from './DocumentsPage';
import { DocumentWorkbench } from './DocumentWorkbench';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Sachstandsbericht": every measure by field and status as it stood on a day, with its notes. */
export function ReportScreen() {
  const { t } = useTranslation();
  return (
    <DocumentsPage title={t('documents.report.title')} intro={<p>{t('documents.report.intro')}</p>} sub>
      {(edition) => <Report key={edition.id} edition={edition} />}
    </DocumentsPage>
  );
}

function Report({ edition }: { edition: EditionSummaryDto }) {
  const { t } = useTranslation();
  const api = useApi();
  const { query } = useRoute();
  const given = query.get('stand') ?? '';
  const [asOf, setAsOf] = useState(() => (ISO_DATE.test(given) ? given : todayIso()));

  return (
    <DocumentWorkbench
      dateLabel={t('documents.report.asOf')}
      dateHint={t('documents.report.asOfHint')}
      date={asOf}
      onDateChange={setAsOf}
      fileName={reportFile(ISO_DATE.test(asOf) ? asOf : todayIso())}
      build={async () => {
        const result = await api.call('documents.reportData', { editionId: edition.id, asOf });
        return result.ok ? buildReportFile(result.data) : result.error;
      }}
      previewLabel={t('documents.report.previewLabel')}
      previewEmpty={t('documents.report.previewEmpty')}
    />
  );
}
