import { useTranslation } from 'react-i18next';
import { href } from '../../app/paths';
import { useOptionalRoute } from '../../app/router';
import { HelpIcon } from '../../components/icons';
import { guideForPath, helpPathFor, isHelpPath } from './help-map';
import './help.css';

/**
 * "Hilfe" in the header of every screen: opens the guide for this screen (the same as F1).
 * Not on the help pages themselves, and not in live mode, whose F1 shows its keyboard shortcuts.
 */
export function HelpButton() {
  const { t } = useTranslation();
  const resolved = useOptionalRoute();
  if (!resolved || resolved.route.fullWindow || isHelpPath(resolved.path)) return null;
  const guide = guideForPath(resolved.path);
  const name = guide ? t(`help.guides.${guide}.title`) : t('help.guidesTitle');
  return (
    // The name starts with the visible word (WCAG 2.5.3); the title names the guide that opens.
    <a
      className="help-button"
      href={href(helpPathFor(resolved.path))}
      aria-label={t('help.buttonLabel')}
      aria-keyshortcuts="F1"
      title={t('help.buttonTitle', { guide: name })}
    >
      <HelpIcon size={18} />
      {t('help.button')}
    </a>
  );
}
