import { daysInMonth, civilToUtcMs, isSupportedYear } from './localDate.js';
import { wallMsToInstants } from './localDateTimeToInstants.js';
import { offsetMinutesAt, assertTimeZone } from './timeZone.js';
import { venueDateTimeFailures, type VenueDateTimeFailure } from './venueDateTimeFailure.js';

export type VenueDateTimeResult = { ok: true; instant: Date } | VenueDateTimeFailure;

/**
 * Date, hours and minutes, optional seconds with an optional fraction (refused, but with a
 * precise reason), then nothing, 'Z' or a '±HH:MM' offset. Uppercase 'T' and 'Z' only.
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const MAX_OFFSET_MINUTES = 18 * 60;

/**
 * Reads a booking's start or end as the user sent it, for a venue in `zone`:
 *
 * - 'YYYY-MM-DDTHH:MM[:SS]' is the venue's wall time. A time the clocks skip is refused
 *   (it never happens there); a time they repeat is refused too, asking for an offset,
 *   because guessing would book the wrong hour for half of the users.
 * - with '±HH:MM' the offset must be the venue's offset at that instant: a wrong one means
 *   the client computed the time for another zone (or a time that does not exist, such as
 *   '2027-03-28T02:30:00+01:00' in Europe/Madrid), and booking it would surprise the user.
 * - with 'Z' it is a UTC instant, always accepted: every instant has one venue time.
 *
 * Seconds must be zero or absent (a fraction of zeros too), and the year one of
 * SUPPORTED_YEARS. A failure carries a reason code and a message that says
 * what to send instead; the caller turns it into a BAD_USER_INPUT error.
 */
export function parseVenueDateTime(text: string, zone: string): VenueDateTimeResult {
  assertTimeZone(zone);
  const match = DATE_TIME.exec(text);
  if (!match) return venueDateTimeFailures.malformed(text);
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fraction, suffix] =
    match;
  const [year, month, day, hour, minute] = [yearText, monthText, dayText, hourText, minuteText].map(
    Number,
  ) as [number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || Number(secondText ?? 0) > 59) {
    return venueDateTimeFailures.outOfRange(text);
  }
  if (year < 1 || day < 1 || day > daysInMonth(year, month)) {
    return venueDateTimeFailures.noSuchDate(text);
  }
  if (!isSupportedYear(year)) return venueDateTimeFailures.unsupportedYear(text);
  // A fraction of zeros is what Date.prototype.toISOString writes: zero seconds all the same.
  const fractionIsZero = fraction === undefined || /^\.0+$/.test(fraction);
  if (!fractionIsZero || Number(secondText ?? 0) !== 0) {
    return venueDateTimeFailures.secondsNotZero(text);
  }

  const offset = suffix === undefined || suffix === 'Z' ? undefined : parseOffset(suffix);
  if (offset === null) return venueDateTimeFailures.outOfRange(text);

  const wallMs = civilToUtcMs({ year, month, day }, hour * 60 + minute);
  if (suffix === 'Z') return { ok: true, instant: new Date(wallMs) };

  const instants = wallMsToInstants(wallMs, zone);
  if (instants.kind === 'gap') {
    return venueDateTimeFailures.nonexistentLocalTime(
      text,
      zone,
      instants.firstInstantAfter,
      instants.offsetBeforeMinutes,
      instants.offsetAfterMinutes,
    );
  }
  if (offset === undefined) {
    if (instants.kind === 'unique') return { ok: true, instant: instants.instant };
    return venueDateTimeFailures.ambiguousLocalTime(text, zone, instants.earlier, instants.later);
  }

  const instant = new Date(wallMs - offset * 60_000);
  if (offsetMinutesAt(instant.getTime(), zone) !== offset) {
    return venueDateTimeFailures.offsetMismatch(text, zone, instant);
  }
  return { ok: true, instant };
}

/** '+02:00' as 120 minutes; null past ±18:00 or with minutes over 59. */
function parseOffset(suffix: string): number | null {
  const hours = Number(suffix.slice(1, 3));
  const minutes = Number(suffix.slice(4, 6));
  const total = hours * 60 + minutes;
  if (minutes > 59 || total > MAX_OFFSET_MINUTES) return null;
  return suffix.startsWith('-') ? -total : total;
}
