import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupDto, BackupOverviewDto } from '../../../../contract';
import { KEPT_FOR_SUPPORT } from '../../../../contract/maintenance-constants';
import { useApi } from '../../api/api-context';
import { DatabaseIcon } from '../../components/icons';
import { useToasts } from '../../components/toasts';
import { formatNumber } from '../../i18n/format';
import { errorText, useMessage } from '../../i18n/messages';
import { useBackupFormat } from './backup-format';

/** More rows than this are folded away: 60 daily and 52 weekly copies would be a long page. */
export const BACKUPS_SHOWN_AT_FIRST = 8;

interface BackupListProps {
  readonly overview: BackupOverviewDto;
  /** After a new backup: the list is loaded again (older copies may have been pruned). */
  readonly onCreated: () => void;
  readonly onRestore: (backup: BackupDto) => void;
  /** The list's heading: where the focus goes when the element that opened a dialog is gone. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/** The backups in the folder, newest first, with "Sicherung jetzt erstellen" and a restore per row. */
export function BackupList({ overview, onCreated, onRestore, headingRef }: BackupListProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const format = useBackupFormat();
  const [creating, setCreating] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const id = useId();
  const { backups } = overview;
  const visible = showAll ? backups : backups.slice(0, BACKUPS_SHOWN_AT_FIRST);

  const create = async () => {
    if (creating) return;
    setCreating(true);
    const result = await api.call('backups.create', {});
    setCreating(false);
    if (!result.ok) {
      toasts.error(errorText(message, result.error));
      return;
    }
    toasts.success(t('backups.list.created', { fileName: result.data.fileName }));
    onCreated();
  };

  return (
    <section className="card card--flush" aria-labelledby={`${id}-title`}>
      <div className="card__header backup-list__header">
        <div>
          <h3 className="card__title" id={`${id}-title`} ref={headingRef} tabIndex={-1}>
            <DatabaseIcon />
            {t('backups.list.title')}
          </h3>
          <p className="backup-list__folder">
            <span>{t('backups.list.folder')}:</span> <code className="path">{overview.folder}</code>
          </p>
        </div>
        <button type="button" className="button button--primary" aria-disabled={creating || undefined} onClick={() => void create()}>
          {creating ? t('backups.list.creating') : t('backups.list.create')}
        </button>
      </div>
      {backups.length === 0 ? (
        <div className="card__body empty-state">
          <p className="empty-state__title">{t('backups.list.empty.title')}</p>
          <p>{t('backups.list.empty.text')}</p>
        </div>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table backup-table">
              <caption className="visually-hidden">{t('backups.list.caption', { count: backups.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('backups.list.columns.createdAt')}</th>
                  <th scope="col">{t('backups.list.columns.kind')}</th>
                  <th scope="col" className="backup-table__size">
                    {t('backups.list.columns.size')}
                  </th>
                  <th scope="col" className="table__actions">
                    <span className="visually-hidden">{t('backups.list.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((backup) => (
                  <tr key={backup.fileName}>
                    <th scope="row" className="backup-table__when">
                      {format.when(backup.createdAt)}
                    </th>
                    <td className={KEPT_FOR_SUPPORT.includes(backup.kind) ? 'backup-table__kind backup-table__kind--damaged' : 'backup-table__kind'}>{format.kind(backup.kind)}</td>
                    <td className="backup-table__size">{format.size(backup.sizeBytes)}</td>
                    <td className="table__actions">
                      {KEPT_FOR_SUPPORT.includes(backup.kind) ? (
                        <span className="backup-table__note">{t('backups.list.damagedNote')}</span>
                      ) : (
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          aria-label={t('backups.list.restoreLabel', { when: format.when(backup.createdAt) })}
                          onClick={() => onRestore(backup)}
                        >
                          {t('backups.list.restore')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="card__body backup-list__footer">
            <p className="backup-list__count">
              {visible.length < backups.length
                ? t('backups.list.countPartial', { shown: formatNumber(visible.length), total: formatNumber(backups.length) })
                : t('backups.list.count', { count: backups.length, total: formatNumber(backups.length) })}
            </p>
            {backups.length > BACKUPS_SHOWN_AT_FIRST ? (
              <button type="button" className="button button--small button--secondary" aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
                {showAll ? t('backups.list.showFewer') : t('backups.list.showAll', { total: formatNumber(backups.length) })}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
