import { intervalsOverlap, mergeIntervals, type Interval } from './interval.js';
import { assertMinutes } from './slotGrid.js';

const MINUTE_MS = 60_000;

export interface BookableSlotsQuery {
  /** When the court is open, e.g. from openIntervalsForLocalDate; joined where they touch. */
  openIntervals: readonly Interval[];
  /** Step between candidate starts, in minutes of elapsed time (1 to 1440). */
  slotIntervalMinutes: number;
  /** Length of each slot, in minutes (1 to 1440). */
  durationMinutes: number;
  /** Taken time (active bookings, maintenance blocks); half-open like every interval. */
  busy: readonly Interval[];
  /** Earliest allowed start, inclusive (e.g. now plus the minimum notice). */
  notBefore?: Date;
  /** Latest allowed start, inclusive (e.g. now plus how far ahead one may book). */
  notAfter?: Date;
}

/**
 * The free slots of a court: starts step from each opening interval's start by
 * slotIntervalMinutes of ELAPSED time, so on the night clocks go back both 02:00 appear (they
 * are an hour apart), and on the night they jump forward no slot starts at a skipped time.
 * A slot must end by the interval's end and may not overlap anything busy; it may touch it.
 * Sorted by start, without duplicates.
 */
export function bookableSlots(query: BookableSlotsQuery): Interval[] {
  assertMinutes('slotIntervalMinutes', query.slotIntervalMinutes);
  assertMinutes('durationMinutes', query.durationMinutes);
  const step = query.slotIntervalMinutes * MINUTE_MS;
  const duration = query.durationMinutes * MINUTE_MS;
  const notBefore = query.notBefore?.getTime() ?? -Infinity;
  const notAfter = query.notAfter?.getTime() ?? Infinity;
  const busy = mergeIntervals(query.busy);

  const slots: Interval[] = [];
  for (const open of mergeIntervals(query.openIntervals)) {
    const closes = open.end.getTime();
    for (let start = open.start.getTime(); start + duration <= closes; start += step) {
      if (start < notBefore || start > notAfter) continue;
      const slot = { start: new Date(start), end: new Date(start + duration) };
      if (!busy.some((taken) => intervalsOverlap(slot, taken))) slots.push(slot);
    }
  }
  return slots;
}
