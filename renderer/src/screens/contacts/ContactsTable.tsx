import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRowDto } from '../../../../contract';
import { href, paths, toPath } from '../../app/paths';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows';

/** One line per contact, all the same height: steady scrolling through 20,000 rows. */
export const CONTACT_ROW_HEIGHT = 48;
const OVERSCAN = 10;
const COLUMN_COUNT = 6;

/**
 * The contacts as a real table, virtualised like the measures: only the rows in view are in the
 * DOM, spacer rows keep the scroll height, aria-rowcount / aria-rowindex give the position.
 * Arrow keys move between the names (the scroller brings the next row into the DOM first).
 */
export function ContactsTable({ rows, caption }: { rows: readonly ContactRowDto[]; caption: string }) {
  const { t } = useTranslation();
  const { scroller, virtualizer, items, padTop, padBottom } = useVirtualRows(rows, CONTACT_ROW_HEIGHT, OVERSCAN);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const tryFocus = (attempt: number) => {
      const link = scroller.current?.querySelector<HTMLAnchorElement>(`[data-row-index="${target}"]`);
      if (link) link.focus();
      else if (attempt < 5) window.requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    tryFocus(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const current = Number((event.target as HTMLElement).dataset.rowIndex ?? NaN);
    if (Number.isNaN(current)) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -rows.length, End: rows.length };
    const step = moves[event.key];
    if (step === undefined) return;
    event.preventDefault();
    focusRow(current + step);
  };

  return (
    <div className="virtual-table-scroll ct-scroll" ref={scroller}>
      <table className="virtual-table ct" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="ct__col-name" />
          <col className="ct__col-org" />
          <col className="ct__col-function" />
          <col className="ct__col-email" />
          <col className="ct__col-categories" />
          <col className="ct__col-consent" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('contacts.columns.name')}</th>
            <th scope="col">{t('contacts.columns.organization')}</th>
            <th scope="col">{t('contacts.columns.function')}</th>
            <th scope="col">{t('contacts.columns.email')}</th>
            <th scope="col">{t('contacts.columns.categories')}</th>
            <th scope="col">{t('contacts.columns.consent')}</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          <SpacerRow height={padTop} columns={COLUMN_COUNT} className="ct__spacer" />
          {items.map((item) => {
            const row = rows[item.index];
            return row ? <Row key={row.id} row={row} index={item.index} /> : null;
          })}
          <SpacerRow height={padBottom} columns={COLUMN_COUNT} className="ct__spacer" />
        </tbody>
      </table>
    </div>
  );
}

const Row = memo(function Row({ row, index }: { row: ContactRowDto; index: number }) {
  const { t } = useTranslation();
  const name = row.erased ? t('contacts.erasedName') : [row.lastName, row.firstName].filter(Boolean).join(', ');
  const organizations = row.organizations.join(', ');
  const categories = row.categories.join(', ');
  return (
    <tr aria-rowindex={index + 2} className="ct__row">
      <th scope="row" className="ct__name">
        <a className="ct__link" href={href(toPath(paths.contact, { id: row.id }))} data-row-index={index}>
          {name}
        </a>
      </th>
      <td>
        <span className="ct__clip" title={organizations || undefined}>
          {organizations}
        </span>
      </td>
      <td>
        <span className="ct__clip" title={row.function || undefined}>
          {row.function}
        </span>
      </td>
      <td>
        <span className="ct__clip" title={row.emails[0]}>
          {row.emails[0] ?? ''}
        </span>
      </td>
      <td>
        <span className="ct__clip" title={categories || undefined}>
          {categories}
        </span>
      </td>
      <td>
        <span className={`consent-badge consent-badge--${row.consent}`}>{t(`contacts.consentState.${row.consent}`)}</span>
      </td>
    </tr>
  );
});
