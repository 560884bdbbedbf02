/** Folds case the German way so "Ehrenamt" and "EHRENAMT" count as the same name. */
export const sameName = (a: string, b: string): boolean => a.localeCompare(b, 'de', { sensitivity: 'accent' }) === 0;

/** The current moment as stored in the database (ISO 8601, UTC). */
export const nowIso = (): string => new Date().toISOString();

/** Now as a Berlin wall-clock string "YYYY-MM-DDTHH:MM", comparable with a meeting's startsAt. */
export function nowLocalIso(now: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Today's date in the office's time zone (Hamburg), as YYYY-MM-DD. */
export const todayIso = (now: Date = new Date()): string => nowLocalIso(now).slice(0, 10);
