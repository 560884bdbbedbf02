/** Folds case the German way so "Ehrenamt" and "EHRENAMT" count as the same name. */
export const sameName = (a: string, b: string): boolean => a.localeCompare(b, 'de', { sensitivity: 'accent' }) === 0;

/** The current moment as stored in the database (ISO 8601, UTC). */
export const nowIso = (): string => new Date().toISOString();
