import { useTranslation } from 'react-i18next';
import { Dialog, DialogCloseAction } from '../../../components/Dialog';
import { keyLabel, SHORTCUTS } from './live-shortcuts';

/** The help overlay (F1 or "?"): every key of live mode, and Esc to close. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('meetings.shortcuts.title')} onClose={onClose}>
      <table className="table shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('meetings.shortcuts.key')}</th>
            <th scope="col">{t('meetings.shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                <kbd>{keyLabel(shortcut.keys)}</kbd>
              </td>
              <td>{t(shortcut.label)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>{t('meetings.shortcuts.close')}</td>
          </tr>
        </tbody>
      </table>
      <p className="field__hint">{t('meetings.shortcuts.helpNote')}</p>
      <DialogCloseAction onClose={onClose} />
    </Dialog>
  );
}
