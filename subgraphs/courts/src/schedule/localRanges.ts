import { isoWeekdayOf, type LocalDate } from './localDate.js';
import type { HoursException, HoursInterval, WeeklyHours } from './openingHours.js';
import { MINUTES_PER_DAY, parseWallTime } from './wallTime.js';

/**
 * An opening interval in minutes after the local midnight of the day it starts on, before
 * any time zone applies. `to` lies in (from, from + 1440]: at most one day long.
 */
export interface LocalRange {
  from: number;
  to: number;
  opens: string;
  closes: string;
}

/** The range of valid 'HH:MM' opening and closing times, or undefined if either is invalid. */
export function localRangeOf({ opens, closes }: HoursInterval): LocalRange | undefined {
  const from = parseWallTime(opens, { allow24: false });
  const to = parseWallTime(closes, { allow24: true });
  if (from === undefined || to === undefined) return undefined;
  return { from, to: to > from ? to : to + MINUTES_PER_DAY, opens, closes };
}

export function rangesOverlap(a: LocalRange, b: LocalRange, shift = 0): boolean {
  return a.from < b.to + shift && b.from + shift < a.to;
}

/** The ranges that start on a date: its exception's if it has one, else the weekday's. */
export function localRangesForDate(
  date: LocalDate,
  weekly: WeeklyHours,
  exceptions: readonly HoursException[],
): LocalRange[] {
  const exception = exceptions.find((candidate) => candidate.date === date);
  const intervals = exception
    ? exception.closed
      ? []
      : exception.intervals
    : weekly.filter((row) => row.weekday === isoWeekdayOf(date));
  return intervals.flatMap((interval) => localRangeOf(interval) ?? []);
}
