import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupDto, BackupKind, Language } from '../../../../contract';
import { KEPT_FOR_SUPPORT } from '../../../../contract/maintenance-constants';
import { isLanguage } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/format';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** "2026-11-26T09:14:03" is local time (no zone), exactly as in the backup's file name. */
const toDate = (value: string): Date | null => {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

export interface BackupFormat {
  /** "Do., 26.11.2026, 09:14 Uhr": tables, selects. */
  when(value: string): string;
  /** "Donnerstag, 26. November 2026 um 09:14 Uhr": sentences. */
  whenLong(value: string): string;
  /** "850 KB", "1,2 MB". */
  size(bytes: number): string;
  /** „täglich automatisch“ */
  kind(kind: BackupKind): string;
  /** "Do., 26.11.2026, 09:14 Uhr – täglich automatisch" */
  label(backup: BackupDto): string;
}

/** Dates, sizes and kinds of backups in the interface language. */
export function useBackupFormat(): BackupFormat {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'de';
  const locale = LOCALES[language];

  const formatters = useMemo(
    () => ({
      short: new Intl.DateTimeFormat(locale, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }),
      long: new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }),
    }),
    [locale],
  );

  const when = useCallback(
    (value: string) => {
      const date = toDate(value);
      return date ? t('backups.format.when', { date: formatters.short.format(date), time: formatters.time.format(date) }) : value;
    },
    [t, formatters],
  );
  const whenLong = useCallback(
    (value: string) => {
      const date = toDate(value);
      return date ? t('backups.format.whenLong', { date: formatters.long.format(date), time: formatters.time.format(date) }) : value;
    },
    [t, formatters],
  );
  const size = useCallback(
    (bytes: number) =>
      bytes >= 1024 * 1024
        ? t('backups.format.megabytes', { size: formatNumber(bytes / 1024 / 1024, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })
        : t('backups.format.kilobytes', { size: formatNumber(Math.max(1, Math.ceil(bytes / 1024)), language) }),
    [t, language],
  );
  const kind = useCallback((value: BackupKind) => t(`backups.kinds.${value}`), [t]);
  const label = useCallback((backup: BackupDto) => t('backups.format.label', { when: when(backup.createdAt), kind: kind(backup.kind) }), [t, when, kind]);

  return useMemo(() => ({ when, whenLong, size, kind, label }), [when, whenLong, size, kind, label]);
}

/** Backups that can be restored (a kept damaged file cannot), newest first as listed. */
export const restorable = (backups: readonly BackupDto[]): BackupDto[] => backups.filter((backup) => !KEPT_FOR_SUPPORT.includes(backup.kind));
