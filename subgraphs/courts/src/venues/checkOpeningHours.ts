import { courtsErrors } from '../errors/courtsErrors.js';
import {
  parseLocalDate,
  validateExceptions,
  validateWeeklyHours,
  type HoursException,
  type WeeklyHours,
} from '../schedule/index.js';
import { normalizeText } from '../text/normalizeText.js';
import type { StoredOpeningHours, VenueHoursException } from './venueEntity.js';
import { WEEKDAYS, type HoursExceptionInput, type OpeningHoursInput } from './venueInput.js';

const REASON_MAX = 200;

/** Weekly hours as stored: ISO weekday numbers, sorted by weekday then opening time. */
export function checkOpeningHours(input: readonly OpeningHoursInput[]): StoredOpeningHours[] {
  const weekly: WeeklyHours = input.map((row) => ({
    weekday: WEEKDAYS.indexOf(row.weekday) + 1,
    opens: row.opens,
    closes: row.closes,
  }));
  const [problem] = validateWeeklyHours(weekly, 'openingHours');
  if (problem) throw courtsErrors.invalidOpeningHours(problem);
  return weekly.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

/**
 * One date's exception, checked on its own and against its neighbours: the venue's weekly
 * hours and the exceptions of the day before and after (`neighbours`). Special hours must not
 * overlap what the night before keeps open, nor run into the next day's opening.
 */
export function checkHoursException(
  input: HoursExceptionInput,
  weekly: WeeklyHours,
  neighbours: readonly HoursException[],
): Omit<VenueHoursException, 'venueId'> {
  const date = parseLocalDate(input.date);
  if (!date.ok) throw courtsErrors.invalidLocalDate('input.date', date);
  const reason =
    input.reason == null ? null : normalizeText('input.reason', input.reason, { label: true });
  if (reason !== null && [...reason].length > REASON_MAX) {
    throw courtsErrors.badUserInput('input.reason', `Keep the reason to ${REASON_MAX} characters.`);
  }

  const exception: HoursException = {
    date: input.date,
    closed: input.closed,
    intervals: (input.intervals ?? []).map(({ opens, closes }) => ({ opens, closes })),
    reason,
  };
  // validateExceptions checks a list and says `input[0]`; the client sent one `input`. A
  // problem found on a neighbour's row is one this input causes: it is reported on its hours.
  const others = neighbours.filter((neighbour) => neighbour.date !== exception.date);
  const [problem] = validateExceptions([exception, ...others], weekly, 'input');
  if (problem) {
    const own = problem.path.startsWith('input[0]');
    throw courtsErrors.invalidOpeningHours({
      path: own ? problem.path.replace('input[0]', 'input') : 'input.intervals',
      message: problem.message.replaceAll('input[0]', 'input'),
    });
  }
  return {
    date: exception.date,
    closed: exception.closed,
    intervals: exception.intervals,
    reason: reason === null || reason.trim() === '' ? null : reason.trim(),
  };
}
