/**
 * German dates as documents write them: "26. November 2026" in running text, "26.11.2026" in
 * tables and letterheads (DIN 5008). Input is an ISO calendar date (YYYY-MM-DD); the parts are
 * read directly, so no time zone can move a date by a day.
 */
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function partsOf(isoDate: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`not an ISO date: ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new Error(`not an ISO date: ${isoDate}`);
  return { year, month, day };
}

export function formatDateLong(isoDate: string): string {
  const { year, month, day } = partsOf(isoDate);
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}

export function formatDateShort(isoDate: string): string {
  const { year, month, day } = partsOf(isoDate);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** "November 2021": when the month is what matters ("seit November 2021"). */
export function formatMonthYear(isoDate: string): string {
  const { year, month } = partsOf(isoDate);
  return `${MONTHS[month - 1]} ${year}`;
}

/** "2022–2024" with an en dash, or one year when both are equal. */
export function formatPeriod(from: number | null, to: number | null): string {
  if (from === null && to === null) return '';
  if (from === null || to === null || from === to) return String(from ?? to);
  return `${from}–${to}`;
}

const NUMBER_WORDS = ['null', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

/** Small counts as words, as German text writes them ("in vier Sitzungen"); digits from 13 on. */
export function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** "A", "A und B", "A, B und C". */
export function joinGerman(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}
