import { civilDateOf, civilToUtcMs, type LocalDate } from './localDate.js';
import { offsetMinutesAt } from './timeZone.js';
import { parseWallTime } from './wallTime.js';

/**
 * What a venue-local date and wall time mean as instants. Where clocks jump forward the wall
 * time does not exist ('gap'); where they go back it happens twice ('ambiguous').
 */
export type LocalDateTimeInstants =
  | { kind: 'unique'; instant: Date }
  | {
      kind: 'gap';
      /** The first instant after the gap: the moment the clocks jumped. */
      firstInstantAfter: Date;
      offsetBeforeMinutes: number;
      offsetAfterMinutes: number;
    }
  | { kind: 'ambiguous'; earlier: Date; later: Date };

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * The instants of a wall-clock time given as milliseconds "as if UTC" (see civilToUtcMs).
 * Every offset the zone uses within a day of that time is tried; an offset fits when the zone
 * really has that offset at the instant it implies. No zone changes its offset twice within a
 * day, so the offsets one day before, at and one day after cover every case.
 */
export function wallMsToInstants(wallMs: number, zone: string): LocalDateTimeInstants {
  const offsets = new Set(
    [wallMs - DAY_MS, wallMs, wallMs + DAY_MS].map((at) => offsetMinutesAt(at, zone)),
  );
  const fits = [...offsets]
    .map((offset) => wallMs - offset * MINUTE_MS)
    .filter((epochMs) => wallMs - offsetMinutesAt(epochMs, zone) * MINUTE_MS === epochMs)
    .sort((a, b) => a - b);
  const first = fits[0];
  const last = fits[fits.length - 1];
  if (first === undefined || last === undefined) return gapAround(wallMs, zone);
  if (first === last) return { kind: 'unique', instant: new Date(first) };
  return { kind: 'ambiguous', earlier: new Date(first), later: new Date(last) };
}

/**
 * The jump that swallowed a wall time. Read with the larger offset the time lies before the
 * jump, read with the smaller one after it; a binary search over whole minutes finds the
 * moment in between, and transitions happen on whole minutes.
 */
function gapAround(wallMs: number, zone: string): LocalDateTimeInstants {
  const offsetBefore = offsetMinutesAt(wallMs - DAY_MS, zone);
  const offsetAfter = offsetMinutesAt(wallMs + DAY_MS, zone);
  let before = wallMs - offsetAfter * MINUTE_MS;
  let after = wallMs - offsetBefore * MINUTE_MS;
  while (after - before > MINUTE_MS) {
    const middle = before + Math.floor((after - before) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetMinutesAt(middle, zone) === offsetBefore) before = middle;
    else after = middle;
  }
  return {
    kind: 'gap',
    firstInstantAfter: new Date(after),
    offsetBeforeMinutes: offsetBefore,
    offsetAfterMinutes: offsetAfter,
  };
}

/**
 * The instants of a venue-local date ('YYYY-MM-DD') and wall time ('HH:MM'). Both must be
 * valid already (parseLocalDate, parseWallTime): a malformed one throws a RangeError.
 */
export function localDateTimeToInstants(
  date: LocalDate,
  time: string,
  zone: string,
): LocalDateTimeInstants {
  const minutes = parseWallTime(time, { allow24: false });
  if (minutes === undefined) throw new RangeError(`Expected a HH:MM time, got "${time}".`);
  return wallMsToInstants(civilToUtcMs(civilDateOf(date), minutes), zone);
}
