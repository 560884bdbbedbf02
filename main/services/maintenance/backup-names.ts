import type { BackupKind } from '../../../contract/maintenance';

/** German, umlaut-free words in file names: they survive every network drive and zip tool. */
const KIND_WORD: Record<BackupKind, string> = {
  daily: 'taeglich',
  manual: 'manuell',
  'pre-migration': 'vor-update',
  'pre-restore': 'vor-wiederherstellung',
  damaged: 'beschaedigt',
  'set-aside': 'beiseitegelegt',
};
const KIND_OF_WORD = new Map(Object.entries(KIND_WORD).map(([kind, word]) => [word, kind as BackupKind]));

const pad = (value: number) => String(value).padStart(2, '0');

/** Local date and time, as a person reads it in the backup folder. */
export function localStamp(date: Date): { day: string; time: string } {
  return {
    day: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}-${pad(date.getMinutes())}-${pad(date.getSeconds())}`,
  };
}

export function backupFileName(kind: BackupKind, date: Date, attempt = 1): string {
  const { day, time } = localStamp(date);
  return `Sicherung_${day}_${time}${attempt > 1 ? `-${attempt}` : ''}_${KIND_WORD[kind]}.sqlite`;
}

const PATTERN = /^Sicherung_(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})(?:-\d+)?_([a-z-]+)\.sqlite$/;

export function parseBackupFileName(fileName: string): { kind: BackupKind; day: string; createdAt: string } | null {
  const match = PATTERN.exec(fileName);
  const kind = match && KIND_OF_WORD.get(match[5]!);
  if (!match || !kind) return null;
  return { kind, day: match[1]!, createdAt: `${match[1]}T${match[2]}:${match[3]}:${match[4]}` };
}

/** ISO week key ("2026-W48") of a YYYY-MM-DD day, for keeping one backup per week. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((date.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}

/** The createdAt (local, as in file names) before which manual backups go; null = keep them all. */
export function manualBackupCutoff(now: Date, keepMonths: number): string | null {
  if (keepMonths <= 0) return null;
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - keepMonths);
  const { day, time } = localStamp(cutoff);
  return `${day}T${time.replace(/-/g, ':')}`;
}
