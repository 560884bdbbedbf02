import { href } from '../app/paths';
import './back-link.css';

interface BackLinkProps {
  /** The list or overview the screen belongs to (a path of `paths`). */
  readonly to: string;
  /** "Zurück zu den Maßnahmen": always "Zurück zu …", naming where it leads. */
  readonly label: string;
}

/**
 * The one way back from a detail screen to its list: a plain link with an arrow, first in the
 * screen's content (below the heading and the area's tabs), so it sits in the same place everywhere.
 */
export function BackLink({ to, label }: BackLinkProps) {
  return (
    <p className="back-link">
      <a className="back-link__link" href={href(to)}>
        <span aria-hidden="true">← </span>
        {label}
      </a>
    </p>
  );
}
