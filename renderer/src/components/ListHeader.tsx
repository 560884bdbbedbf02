import type { ReactNode } from 'react';
import './list-header.css';

interface ListHeaderProps {
  /** The card's `aria-labelledby`. */
  readonly titleId: string;
  /** The heading, for screen readers only: the count says what the list is. */
  readonly title: string;
  /** "1.234 Kontakte"; announced when it changes. Empty while loading. */
  readonly count: string;
  /** Actions after the count. */
  readonly children?: ReactNode;
}

/** The bar on top of a list card: its heading, how many there are, then what can be done with them. */
export function ListHeader({ titleId, title, count, children }: ListHeaderProps) {
  return (
    <div className="list-header">
      <h2 className="visually-hidden" id={titleId}>
        {title}
      </h2>
      <p className="list-header__count" role="status">
        {count}
      </p>
      {children}
    </div>
  );
}
