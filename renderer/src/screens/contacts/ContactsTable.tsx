import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRowDto } from '../../../../contract';
import { href, paths, toPath } from '../../app/paths';
import { SpacerRow, useRowKeys, useVirtualRows } from '../../components/virtual-rows';

/** One line per contact; the focused row grows to show its full text (see contacts.css). */
export const CONTACT_ROW_HEIGHT = 36;
const OVERSCAN = 10;
const COLUMN_COUNT = 6;

/**
 * The contacts as a real table, virtualised on the page's scroll like the measures: only the rows
 * in view are in the DOM and only their pages are fetched (placeholders while one loads), spacer rows keep the page's height, aria-rowcount / aria-rowindex give
 * the position. One line per contact; the row with the focus shows every cell in full, and the
 * arrow keys move between the names. Narrow windows stack each contact as a card (contacts.css);
 * the explicit roles keep the table a table for screen readers then.
 */
export function ContactsTable({ total, rowAt, onWindow, caption }: ContactsTableProps) {
  const { t } = useTranslation();
  const { body, virtualizer, items, padTop, padBottom, measure } = useVirtualRows(total, rowAt, CONTACT_ROW_HEIGHT, OVERSCAN);
  const onKeyDown = useRowKeys(total, virtualizer, body);
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  // Ask for the pages of the rows in view (the cache skips those loaded or loading).
  useEffect(() => onWindow(first, last), [onWindow, first, last]);

  return (
    <div className="ct-frame">
      <table className="virtual-table ct" role="table" aria-rowcount={total + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="ct__col-name" />
          <col className="ct__col-org" />
          <col className="ct__col-function" />
          <col className="ct__col-email" />
          <col className="ct__col-categories" />
          <col className="ct__col-consent" />
        </colgroup>
        <thead role="rowgroup">
          <tr role="row" aria-rowindex={1}>
            <th scope="col" role="columnheader">{t('contacts.columns.name')}</th>
            <th scope="col" role="columnheader">{t('contacts.columns.organization')}</th>
            <th scope="col" role="columnheader">{t('contacts.columns.function')}</th>
            <th scope="col" role="columnheader">{t('contacts.columns.email')}</th>
            <th scope="col" role="columnheader">{t('contacts.columns.categories')}</th>
            <th scope="col" role="columnheader">{t('contacts.columns.consent')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup" ref={body} onKeyDown={onKeyDown}>
          <SpacerRow height={padTop} columns={COLUMN_COUNT} className="ct__spacer" />
          {items.map((item) => {
            const row = rowAt(item.index);
            return row ? <Row key={row.id} row={row} index={item.index} measure={measure} /> : <LoadingRow key={`loading-${item.index}`} index={item.index} measure={measure} />;
          })}
          <SpacerRow height={padBottom} columns={COLUMN_COUNT} className="ct__spacer" />
        </tbody>
      </table>
    </div>
  );
}

interface ContactsTableProps {
  /** All matching contacts (the table is as tall as all of them). */
  readonly total: number;
  /** The contact at a position, or undefined while its page loads. */
  rowAt(index: number): ContactRowDto | undefined;
  /** Called with the first and last position in view (overscan included) whenever they change. */
  onWindow(first: number, last: number): void;
  readonly caption: string;
}

/** Stands in for a contact whose page is on its way: same height, a quiet "Wird geladen …". */
function LoadingRow({ index, measure }: { index: number; measure: (element: HTMLTableRowElement | null) => void }) {
  const { t } = useTranslation();
  return (
    <tr ref={measure} data-index={index} role="row" aria-rowindex={index + 2} aria-busy="true" className="ct__row ct__row--loading">
      <td role="cell" colSpan={COLUMN_COUNT} className="ct__loading">
        <span className="ct__text muted">{t('contacts.table.loadingRow')}</span>
      </td>
    </tr>
  );
}

const Row = memo(function Row({ row, index, measure }: { row: ContactRowDto; index: number; measure: (element: HTMLTableRowElement | null) => void }) {
  const { t } = useTranslation();
  const name = row.erased ? t('contacts.erasedName') : [row.lastName, row.firstName].filter(Boolean).join(', ');
  const organizations = row.organizations.join(', ');
  const categories = row.categories.join(', ');
  return (
    <tr ref={measure} data-index={index} role="row" aria-rowindex={index + 2} className="ct__row">
      <th scope="row" role="rowheader" className="ct__name">
        <a className="ct__link ct__text" href={href(toPath(paths.contact, { id: row.id }))} data-row-index={index}>
          {name}
        </a>
      </th>
      <Cell label={t('contacts.columns.organization')} text={organizations} />
      <Cell label={t('contacts.columns.function')} text={row.function} />
      <Cell label={t('contacts.columns.email')} text={row.emails[0] ?? ''} />
      <Cell label={t('contacts.columns.categories')} text={categories} />
      <td role="cell" className="ct__consent">
        <span className={`consent-badge consent-badge--${row.consent}`}>{t(`contacts.consentState.${row.consent}`)}</span>
      </td>
    </tr>
  );
});

/** One line of text (the focused row shows it in full); its column's name labels it in the narrow cards. */
function Cell({ label, text }: { label: string; text: string }) {
  return (
    <td role="cell" data-label={text ? label : undefined}>
      <span className="ct__text" title={text || undefined}>
        {text}
      </span>
    </td>
  );
}
