import { mergeIntervals, type Interval } from './interval.js';
import { civilDateOf, civilToUtcMs, type LocalDate } from './localDate.js';
import { wallMsToInstants } from './localDateTimeToInstants.js';
import { localRangesForDate } from './localRanges.js';
import type { HoursException, WeeklyHours } from './openingHours.js';
import { assertTimeZone } from './timeZone.js';

type Edge = 'opens' | 'closes';

/**
 * The instant a venue opens or closes at a wall time that daylight saving time may disturb:
 *
 * - a time the clocks skip (02:30 when they jump from 02:00 to 03:00) becomes the first
 *   instant after the jump, so the venue opens or closes at 03:00 new time;
 * - a time that happens twice (02:30 when they go back from 03:00 to 02:00) opens at the
 *   first 02:30 and closes at the second: the venue is open for the longer of the two
 *   readings, and nobody who booked by either reading finds it closed.
 */
function instantOf(wallMs: number, zone: string, edge: Edge): Date {
  const instants = wallMsToInstants(wallMs, zone);
  switch (instants.kind) {
    case 'unique':
      return instants.instant;
    case 'gap':
      return instants.firstInstantAfter;
    case 'ambiguous':
      return edge === 'opens' ? instants.earlier : instants.later;
    default: {
      const unreachable: never = instants;
      throw new Error(`Unknown wall time kind ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * The opening intervals that START on a venue-local date, as instants: an interval running
 * past midnight belongs to the date it starts on. The date's exception replaces its weekly
 * hours. Touching intervals come back joined, sorted by start; an interval that daylight
 * saving time leaves empty (open only inside the skipped hour) is left out.
 */
export function openIntervalsForLocalDate(
  date: LocalDate,
  zone: string,
  weekly: WeeklyHours,
  exceptions: readonly HoursException[],
): Interval[] {
  assertTimeZone(zone);
  const midnightMs = civilToUtcMs(civilDateOf(date));
  const intervals = localRangesForDate(date, weekly, exceptions)
    .map(({ from, to }) => ({
      start: instantOf(midnightMs + from * 60_000, zone, 'opens'),
      end: instantOf(midnightMs + to * 60_000, zone, 'closes'),
    }))
    .filter(({ start, end }) => start.getTime() < end.getTime());
  return mergeIntervals(intervals);
}
