import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import type { DashboardSeries } from './dashboard-series';
import { STATUS_COLOURS } from './status-colours';

/** The same numbers as a real table: a row per field, a column per status, with totals. */
export function StatusTable({ series, caption, scrollable = false }: { series: DashboardSeries; caption: string; scrollable?: boolean }) {
  const { t } = useTranslation();
  const count = (value: number, key: string, strong = false) => (
    <td key={key} className={['status-table__num', value === 0 ? 'status-table__zero' : '', strong ? 'status-table__total' : ''].filter(Boolean).join(' ')}>{formatNumber(value)}</td>
  );
  // With many statuses the table can be wider than the window; then it scrolls, by keyboard too.
  // Hidden behind the chart it needs no scrolling (and must not be a tab stop).
  const wrap = scrollable ? { className: 'table-wrap status-table-wrap', tabIndex: 0, role: 'region', 'aria-label': t('dashboard.byStatus.tableRegion') } : {};
  return (
    <div {...wrap}>
      <table className="table status-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.byStatus.field')}</th>
            {series.statuses.map((status) => (
              <th key={status} scope="col" className="status-table__num">
                <span className="status-table__swatch" style={{ background: STATUS_COLOURS[status].fill }} aria-hidden="true" />
                {t(`status.measure.${status}`)}
              </th>
            ))}
            <th scope="col" className="status-table__num">
              {t('dashboard.byStatus.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {series.rows.map((row) => (
            <tr key={row.fieldOfActionId}>
              <th scope="row" className="status-table__field">
                {row.name}
              </th>
              {series.statuses.map((status) => count(row.counts[status], status))}
              {count(row.total, 'total', true)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('dashboard.byStatus.allFields')}</th>
            {series.statuses.map((status) => count(series.totals[status], status, true))}
            {count(series.grandTotal, 'total', true)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
