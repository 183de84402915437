import type { LocalDate } from './localDate.js';

/**
 * A venue's opening hours in local wall time: a weekly template plus dated exceptions. Times
 * are 'HH:MM'. A closing time at or before the opening time means the next day (18:00 to
 * 02:00 closes at 2 in the night; 08:00 to 08:00 is open round the clock), and '24:00' is
 * the midnight that ends the day. A weekday may have several intervals; they may not overlap.
 */
export interface WeeklyHoursRow {
  /** ISO weekday: Monday is 1, Sunday is 7. */
  weekday: number;
  opens: string;
  closes: string;
}

export type WeeklyHours = WeeklyHoursRow[];

export interface HoursInterval {
  opens: string;
  closes: string;
}

/** Replaces the weekly hours of one date: closed all day, or open in `intervals` only. */
export interface HoursException {
  date: LocalDate;
  closed: boolean;
  intervals: HoursInterval[];
  reason?: string | null;
}

/** One thing wrong in hours a user sent: where (e.g. 'weeklyHours[2].closes') and why. */
export interface HoursProblem {
  path: string;
  message: string;
}

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
