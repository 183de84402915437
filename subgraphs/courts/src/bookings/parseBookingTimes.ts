import { bookingErrors } from '../errors/bookingErrors.js';
import { courtsErrors } from '../errors/courtsErrors.js';
import { parseVenueDateTime } from '../schedule/index.js';

function parseOne(text: string, zone: string, field: string): Date {
  const result = parseVenueDateTime(text, zone);
  if (!result.ok) throw courtsErrors.invalidVenueDateTime(field, result);
  return result.instant;
}

/** Reads a start and an end in the venue's zone; BAD_USER_INPUT names the field and reason. */
export function parseBookingTimes(
  input: { start: string; end: string },
  zone: string,
  fieldPrefix = 'input',
): { start: Date; end: Date } {
  const start = parseOne(input.start, zone, `${fieldPrefix}.start`);
  const end = parseOne(input.end, zone, `${fieldPrefix}.end`);
  if (end.getTime() <= start.getTime()) {
    throw bookingErrors.badTime(
      `${fieldPrefix}.end`,
      'END_NOT_AFTER_START',
      'Make the end later than the start.',
    );
  }
  return { start, end };
}
