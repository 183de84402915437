/**
 * Calendar dates of a venue ('YYYY-MM-DD'), computed on the proleptic Gregorian calendar with
 * UTC arithmetic only, so nothing here depends on the time zone of the process.
 */

/** A venue-local calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export type LocalDateResult =
  | { ok: true; date: LocalDate }
  | { ok: false; reason: 'MALFORMED' | 'NO_SUCH_DATE' | 'OUT_OF_RANGE'; message: string };

/**
 * The years a venue's calendar covers. Far wider than any booking horizon (at most two years),
 * and far inside what JavaScript dates and PostgreSQL's timestamptz hold, so that a date like
 * 9999-12-31 is refused as input instead of failing inside arithmetic or the database.
 */
export const SUPPORTED_YEARS = { first: 2000, last: 2999 } as const;

/** True for a year of SUPPORTED_YEARS. */
export function isSupportedYear(year: number): boolean {
  return year >= SUPPORTED_YEARS.first && year <= SUPPORTED_YEARS.last;
}

/** The message for a date outside SUPPORTED_YEARS. */
export function unsupportedYearMessage(text: string): string {
  return (
    `"${text}" is outside the calendar this service keeps; send a date from ` +
    `${SUPPORTED_YEARS.first} to ${SUPPORTED_YEARS.last}.`
  );
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Milliseconds since the epoch of a civil date and time read as if it were UTC. Years 0-99
 * are set with setUTCFullYear because Date.UTC would read them as 1900-1999.
 */
export function civilToUtcMs(date: CivilDate, minutes = 0, seconds = 0): number {
  const at = new Date(0);
  at.setUTCFullYear(date.year, date.month - 1, date.day);
  return at.getTime() + minutes * 60_000 + seconds * 1000;
}

export function civilFromUtcMs(ms: number): CivilDate {
  const at = new Date(ms);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(civilToUtcMs({ year, month: month + 1, day: 0 })).getUTCDate();
}

export function formatCivilDate({ year, month, day }: CivilDate): LocalDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Checks the shape and that the day exists (no 2027-02-30), and explains what to send. */
export function parseLocalDate(text: string): LocalDateResult {
  const match = LOCAL_DATE.exec(text);
  if (!match) {
    return {
      ok: false,
      reason: 'MALFORMED',
      message: `"${text}" is not a date; send it as YYYY-MM-DD, for example 2027-03-28.`,
    };
  }
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      reason: 'NO_SUCH_DATE',
      message: `${text} is not a day of the calendar; send an existing date as YYYY-MM-DD.`,
    };
  }
  if (!isSupportedYear(year)) {
    return { ok: false, reason: 'OUT_OF_RANGE', message: unsupportedYearMessage(text) };
  }
  return { ok: true, date: text };
}

/** Like parseLocalDate, for dates the caller has already validated: a bad one is a bug. */
export function civilDateOf(date: LocalDate): CivilDate {
  const parsed = parseLocalDate(date);
  if (!parsed.ok) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}".`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return formatCivilDate(civilFromUtcMs(civilToUtcMs(civilDateOf(date)) + days * DAY_MS));
}

/** ISO weekday: Monday is 1, Sunday is 7. */
export function isoWeekdayOf(date: LocalDate): number {
  const weekday = new Date(civilToUtcMs(civilDateOf(date))).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}
