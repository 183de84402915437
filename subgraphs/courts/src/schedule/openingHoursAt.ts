import { localDateOf } from './formatInstant.js';
import { mergeIntervals, type Interval } from './interval.js';
import { addLocalDays, type LocalDate } from './localDate.js';
import { openIntervalsForLocalDate } from './openIntervalsForLocalDate.js';
import type { HoursException, WeeklyHours } from './openingHours.js';
import { isOnSlotGrid } from './slotGrid.js';

/** Every local date from the day before `start`'s date to `end`'s date, in order. */
function datesAround(start: Date, end: Date, zone: string): LocalDate[] {
  const last = localDateOf(end, zone);
  const dates: LocalDate[] = [];
  for (let date = addLocalDays(localDateOf(start, zone), -1); date <= last; ) {
    dates.push(date);
    date = addLocalDays(date, 1);
  }
  return dates;
}

/**
 * The stretch of opening time, joined across intervals and midnights, that holds all of
 * [start, end), or undefined when the venue is closed for any part of it. Intervals of the
 * day before count (a venue open 18:00-02:00 holds a 01:00 booking), and touching intervals
 * count as one (08:00-14:00 and 14:00-22:00 hold a 13:00-15:00 booking).
 */
export function openIntervalContaining(
  start: Date,
  end: Date,
  zone: string,
  weekly: WeeklyHours,
  exceptions: readonly HoursException[],
): Interval | undefined {
  if (start.getTime() >= end.getTime()) return undefined;
  const intervals = datesAround(start, end, zone).flatMap((date) =>
    openIntervalsForLocalDate(date, zone, weekly, exceptions),
  );
  return mergeIntervals(intervals).find(
    (open) => open.start.getTime() <= start.getTime() && end.getTime() <= open.end.getTime(),
  );
}

/** Whether [start, end) lies inside the venue's opening hours (see openIntervalContaining). */
export function isWithinOpeningHours(
  start: Date,
  end: Date,
  zone: string,
  weekly: WeeklyHours,
  exceptions: readonly HoursException[],
): boolean {
  return openIntervalContaining(start, end, zone, weekly, exceptions) !== undefined;
}

/**
 * Whether a booking may start at `start` on the slot grid that availability offers: some
 * opening interval of that local date or of the day before (as openIntervalsForLocalDate
 * gives them) holds `start`, and `start` lies a whole number of slot steps after its opening.
 */
export function startsOnSlotGrid(
  start: Date,
  zone: string,
  weekly: WeeklyHours,
  exceptions: readonly HoursException[],
  slotIntervalMinutes: number,
): boolean {
  const date = localDateOf(start, zone);
  return [addLocalDays(date, -1), date]
    .flatMap((day) => openIntervalsForLocalDate(day, zone, weekly, exceptions))
    .some((open) => isOnSlotGrid(start, open, slotIntervalMinutes));
}
