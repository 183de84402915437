import { localRangeOf, rangesOverlap, type LocalRange } from './localRanges.js';
import { WEEKDAY_NAMES, type HoursProblem, type WeeklyHours } from './openingHours.js';
import { MINUTES_PER_DAY, parseWallTime } from './wallTime.js';

const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** Problems with one opening and closing time, each naming the field and what to send. */
export function intervalTimeProblems(
  path: string,
  interval: { opens: string; closes: string },
): HoursProblem[] {
  const problems: HoursProblem[] = [];
  if (parseWallTime(interval.opens, { allow24: false }) === undefined) {
    problems.push({
      path: `${path}.opens`,
      message:
        `Opening time "${interval.opens}" is not a time of day; ` +
        'send HH:MM from 00:00 to 23:59.',
    });
  }
  if (parseWallTime(interval.closes, { allow24: true }) === undefined) {
    problems.push({
      path: `${path}.closes`,
      message:
        `Closing time "${interval.closes}" is not a time of day; send HH:MM from 00:00 to ` +
        `24:00 (a time at or before the opening time means the next day).`,
    });
  }
  return problems;
}

export function describeRange(label: string, range: LocalRange): string {
  return `${label} ${range.opens}-${range.closes}`;
}

/**
 * Checks a weekly template row by row, then that no two intervals overlap anywhere in the
 * week, including Sunday night running into Monday morning. Touching intervals (one closes
 * at 14:00, the next opens at 14:00) are fine. Returns every problem found; none means valid.
 */
export function validateWeeklyHours(weekly: WeeklyHours, path = 'weeklyHours'): HoursProblem[] {
  const problems: HoursProblem[] = [];
  const placed: { index: number; weekday: number; range: LocalRange }[] = [];

  weekly.forEach((row, index) => {
    const rowPath = `${path}[${index}]`;
    if (!Number.isInteger(row.weekday) || row.weekday < 1 || row.weekday > 7) {
      problems.push({
        path: `${rowPath}.weekday`,
        message: `Weekday ${row.weekday} does not exist; send 1 (Monday) to 7 (Sunday).`,
      });
    }
    const timeProblems = intervalTimeProblems(rowPath, row);
    problems.push(...timeProblems);
    const range = localRangeOf(row);
    if (problems.length === 0 && range !== undefined) {
      placed.push({ index, weekday: row.weekday, range });
    }
  });
  if (problems.length > 0) return problems;

  for (const [position, later] of placed.entries()) {
    for (const earlier of placed.slice(0, position)) {
      const shift = (earlier.weekday - later.weekday) * MINUTES_PER_DAY;
      const clash = [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK].some((wrap) =>
        rangesOverlap(later.range, earlier.range, shift + wrap),
      );
      if (!clash) continue;
      const name = (row: (typeof placed)[number]) =>
        describeRange(WEEKDAY_NAMES[row.weekday - 1] ?? '', row.range);
      problems.push({
        path: `${path}[${later.index}]`,
        message:
          `${name(later)} overlaps ${path}[${earlier.index}] (${name(earlier)}); ` +
          `change one of them or merge them into one interval.`,
      });
    }
  }
  return problems;
}
