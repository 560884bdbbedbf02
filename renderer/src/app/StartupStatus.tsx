import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupTasksDto } from '../../../contract';
import { useApi } from '../api/api-context';
import { useAppData } from './app-data';

/** How often the status bar asks while the check or the backup runs. */
const POLL_MS = 600;

const isRunning = (tasks: StartupTasksDto) => tasks.check.state === 'running' || tasks.backup.state === 'waiting' || tasks.backup.state === 'running';

/**
 * The work after start in the status bar: "Datenbank wird geprüft … 40 %", then "Sicherung wird
 * erstellt …", then nothing. A failed daily backup stays until dismissed, with what to do. Damage
 * found by the check switches the app to read-only (the banner explains it). Fixed at the bottom
 * edge, so showing and hiding it never moves the screen.
 */
export function StartupStatus() {
  const { t } = useTranslation();
  const api = useApi();
  const { setStatus } = useAppData();
  const [tasks, setTasks] = useState<StartupTasksDto | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await api.call('system.startupTasks', {});
      if (!current || !result.ok) return;
      setTasks(result.data);
      if (result.data.check.state === 'damaged') {
        const status = await api.call('system.status', {});
        if (current && status.ok) setStatus(status.data);
      }
      if (isRunning(result.data)) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, setStatus]);

  if (!tasks) return null;
  if (tasks.check.state === 'running') {
    return (
      <div className="startup-status" role="status">
        <span className="startup-status__spinner" aria-hidden="true" />
        <span>
          {t('system.startup.checking', { percent: tasks.check.percent })}
          <span className="startup-status__hint">{t('system.startup.checkingHint')}</span>
        </span>
      </div>
    );
  }
  if (tasks.backup.state === 'running' || tasks.backup.state === 'waiting') {
    return (
      <div className="startup-status" role="status">
        <span className="startup-status__spinner" aria-hidden="true" />
        <span>{t('system.startup.backingUp')}</span>
      </div>
    );
  }
  if (tasks.backup.state === 'failed' && !dismissed) {
    return (
      <div className="startup-status startup-status--problem" role="alert">
        <span>
          <strong className="startup-status__title">{t('system.startup.backupFailed')}</strong>
          {tasks.backup.messageKey ? <span className="startup-status__hint">{t(tasks.backup.messageKey, { ...tasks.backup.params })}</span> : null}
          <span className="startup-status__hint">{t('system.startup.backupFailedWhatNow')}</span>
        </span>
        <button type="button" className="startup-status__close" onClick={() => setDismissed(true)}>
          {t('system.startup.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
