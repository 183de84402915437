import { courtsErrors } from '../errors/courtsErrors.js';
import { isSupportedYear, SUPPORTED_YEARS } from '../schedule/index.js';

/** An instant that names itself: date, time and an explicit offset or Z. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads a list bound. A list may span venues in several zones, so a bound without an offset
 * would mean nothing definite: it is refused rather than read in some zone.
 */
export function parseFilterInstant(field: string, text: string | null | undefined): Date | null {
  if (text == null) return null;
  const instant = INSTANT.test(text) ? new Date(text) : null;
  const valid = instant !== null && !Number.isNaN(instant.getTime());
  if (!valid || !isSupportedYear(instant.getUTCFullYear())) {
    throw courtsErrors.badUserInput(
      field,
      `Give ${field} as a date and time with an offset, e.g. 2027-05-01T00:00:00+02:00 or ` +
        `2027-04-30T22:00:00Z, in the years ${SUPPORTED_YEARS.first} to ${SUPPORTED_YEARS.last}.`,
    );
  }
  return instant;
}
