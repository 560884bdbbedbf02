import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpButton } from '../screens/help/HelpButton';
import './page.css';

interface PageProps {
  /** The one `h1` of the screen; also the window title. */
  readonly title: string;
  /** A shorter window title when the heading is a sentence (Start). */
  readonly windowTitle?: string;
  /** Where the screen sits, shown small above the heading. */
  readonly breadcrumb?: string;
  readonly intro?: ReactNode;
  /** What the screen is for, beside the heading and first after it in the tab order ("Neue Maßnahme", "Status ändern"). */
  readonly actions?: ReactNode;
  readonly children?: ReactNode;
}

/** The frame of every screen: heading with its actions and help button, window title and an optional introduction. */
export function Page({ title, windowTitle, breadcrumb, intro, actions, children }: PageProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('common.pageTitle', { title: windowTitle ?? title });
  }, [t, title, windowTitle]);
  return (
    <div className="page">
      <header className="page__header">
        {breadcrumb ? <p className="page__breadcrumb">{breadcrumb}</p> : null}
        {/* tabIndex -1: the shell moves the focus here after a change of screen. */}
        <div className="page__heading-row">
          <h1 className="page__title" tabIndex={-1}>
            {title}
          </h1>
          {/* The help button last: after the screen's own actions, at the right end of the row. */}
          <div className="page__actions">
            {actions}
            <HelpButton />
          </div>
        </div>
        {intro ? <div className="page__intro">{intro}</div> : null}
      </header>
      {children}
    </div>
  );
}
