import { addLocalDays, parseLocalDate } from './localDate.js';
import { localRangeOf, localRangesForDate, rangesOverlap, type LocalRange } from './localRanges.js';
import type { HoursException, HoursProblem, WeeklyHours } from './openingHours.js';
import { describeRange, intervalTimeProblems } from './validateWeeklyHours.js';
import { MINUTES_PER_DAY } from './wallTime.js';

/**
 * Checks dated exceptions: real dates, one exception per date, a closed day without
 * intervals and an open one with at least one, valid non-overlapping times. Then, against the
 * weekly hours (validate those first), that special hours neither overlap what the day before
 * keeps open after midnight nor run into the next day's opening. Returns every problem found.
 */
export function validateExceptions(
  exceptions: readonly HoursException[],
  weekly: WeeklyHours,
  path = 'exceptions',
): HoursProblem[] {
  const problems: HoursProblem[] = [];
  const firstIndexByDate = new Map<string, number>();

  exceptions.forEach((exception, index) => {
    const rowPath = `${path}[${index}]`;
    const before = problems.length;
    problems.push(...dateProblems(rowPath, exception, firstIndexByDate, index, path));
    problems.push(...shapeProblems(rowPath, exception));
    exception.intervals.forEach((interval, position) => {
      problems.push(...intervalTimeProblems(`${rowPath}.intervals[${position}]`, interval));
    });
    if (problems.length === before) problems.push(...sameDayOverlaps(rowPath, exception));
  });
  if (problems.length > 0) return problems;

  exceptions.forEach((exception, index) => {
    problems.push(...neighbourOverlaps(`${path}[${index}]`, exception, exceptions, weekly));
  });
  return problems;
}

function dateProblems(
  rowPath: string,
  exception: HoursException,
  firstIndexByDate: Map<string, number>,
  index: number,
  path: string,
): HoursProblem[] {
  const parsed = parseLocalDate(exception.date);
  if (!parsed.ok) return [{ path: `${rowPath}.date`, message: parsed.message }];
  const first = firstIndexByDate.get(exception.date);
  if (first === undefined) {
    firstIndexByDate.set(exception.date, index);
    return [];
  }
  return [
    {
      path: `${rowPath}.date`,
      message:
        `${exception.date} already has an exception (${path}[${first}]); give each date ` +
        `one exception holding all of that day's intervals.`,
    },
  ];
}

function shapeProblems(rowPath: string, exception: HoursException): HoursProblem[] {
  if (exception.closed && exception.intervals.length > 0) {
    return [
      {
        path: `${rowPath}.intervals`,
        message:
          'A day closed all day has no opening intervals; remove them or set closed to false.',
      },
    ];
  }
  if (!exception.closed && exception.intervals.length === 0) {
    return [
      {
        path: `${rowPath}.intervals`,
        message:
          `Give the special opening hours of ${exception.date} in intervals, ` +
          'or set closed to true.',
      },
    ];
  }
  return [];
}

function sameDayOverlaps(rowPath: string, exception: HoursException): HoursProblem[] {
  const ranges = exception.intervals.map((interval) => localRangeOf(interval));
  const problems: HoursProblem[] = [];
  ranges.forEach((range, position) => {
    ranges.slice(0, position).forEach((other, otherPosition) => {
      if (range === undefined || other === undefined || !rangesOverlap(range, other)) return;
      problems.push({
        path: `${rowPath}.intervals[${position}]`,
        message:
          `${describeRange('Interval', range)} overlaps ${rowPath}.intervals[${otherPosition}] ` +
          `(${other.opens}-${other.closes}); change one of them or merge them into one interval.`,
      });
    });
  });
  return problems;
}

function neighbourOverlaps(
  rowPath: string,
  exception: HoursException,
  exceptions: readonly HoursException[],
  weekly: WeeklyHours,
): HoursProblem[] {
  const own = localRangesForDate(exception.date, weekly, exceptions);
  const clashes = (others: LocalRange[], shift: number) =>
    own.find((range) => others.some((other) => rangesOverlap(range, other, shift)));

  // Two exceptions on consecutive dates: the earlier one reports the clash, once.
  const previousDate = addLocalDays(exception.date, -1);
  const previousIsException = exceptions.some((other) => other.date === previousDate);
  const previous = localRangesForDate(previousDate, weekly, exceptions);
  if (!previousIsException && clashes(previous, -MINUTES_PER_DAY) !== undefined) {
    return [
      {
        path: `${rowPath}.intervals`,
        message:
          `The hours of ${exception.date} overlap the hours of ${previousDate} that run past ` +
          `midnight; open later that day, or close ${previousDate} earlier with an exception.`,
      },
    ];
  }
  const nextDate = addLocalDays(exception.date, 1);
  const next = localRangesForDate(nextDate, weekly, exceptions);
  if (clashes(next, MINUTES_PER_DAY) !== undefined) {
    return [
      {
        path: `${rowPath}.intervals`,
        message:
          `The hours of ${exception.date} run past midnight into the hours of ${nextDate}; ` +
          `close earlier, or open ${nextDate} later with an exception.`,
      },
    ];
  }
  return [];
}
