import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionSummaryDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { formatMonthYear, formatNumber } from '../../i18n/format';
import { todayIso } from '../measures/measure-helpers';
import { buildEditionFile, editionFile } from './document-files';
import { DocumentsPage } from './DocumentsPage';
import { DocumentWorkbench } from './DocumentWorkbench';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Leitbild-Ausgabe": the edition as a brochure with its adopted measures. */
export function EditionDocumentScreen() {
  const { t } = useTranslation();
  return (
    <DocumentsPage title={t('documents.edition.title')} intro={<p>{t('documents.edition.intro')}</p>} sub>
      {(edition) => <EditionDocument key={edition.id} edition={edition} />}
    </DocumentsPage>
  );
}

function EditionDocument({ edition }: { edition: EditionSummaryDto }) {
  const { t } = useTranslation();
  const api = useApi();
  const [issuedOn, setIssuedOn] = useState(todayIso);
  const records = useCall('documents.editionData', { editionId: edition.id });
  const data = records.data;
  const adopted = data ? data.fields.reduce((sum, field) => sum + field.measures.length, 0) : null;
  const fieldsWith = data ? data.fields.filter((field) => field.measures.length > 0).length : 0;

  return (
    <DocumentWorkbench
      dateLabel={t('documents.edition.issuedOn')}
      dateHint={ISO_DATE.test(issuedOn) ? t('documents.edition.issuedOnHint', { monthYear: formatMonthYear(issuedOn) }) : t('documents.edition.issuedOnHintNoDate')}
      date={issuedOn}
      onDateChange={setIssuedOn}
      summary={
        adopted === null ? null : adopted === 0 ? (
          <p className="document-summary document-summary--warning">{t('documents.edition.noneAdopted')}</p>
        ) : (
          <p className="document-summary">
            {t('documents.edition.summary', { count: adopted, measures: formatNumber(adopted), inFields: t('documents.edition.inFields', { count: fieldsWith, number: formatNumber(fieldsWith) }) })}
          </p>
        )
      }
      fileName={editionFile(issuedOn, edition)}
      build={async () => {
        const result = data ? { ok: true as const, data } : await api.call('documents.editionData', { editionId: edition.id });
        return result.ok ? buildEditionFile(result.data, issuedOn) : result.error;
      }}
      previewLabel={t('documents.edition.previewLabel')}
      previewEmpty={t('documents.edition.previewEmpty')}
    />
  );
}
