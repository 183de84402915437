import type { Interval } from './interval.js';

const MINUTE_MS = 60_000;

/** A whole number of minutes from 1 to one day; anything else is a bug in the caller. */
export function assertMinutes(name: string, minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
    throw new RangeError(`${name} must be a whole number of minutes from 1 to 1440.`);
  }
}

/**
 * Whether `start` lies inside the opening interval a whole number of slot steps after it
 * opens. Steps are elapsed time, not wall time: on a night the clocks change, the grid keeps
 * its rhythm instead of jumping with the clock.
 */
export function isOnSlotGrid(
  start: Date,
  openInterval: Interval,
  slotIntervalMinutes: number,
): boolean {
  assertMinutes('slotIntervalMinutes', slotIntervalMinutes);
  const sinceOpening = start.getTime() - openInterval.start.getTime();
  return (
    sinceOpening >= 0 &&
    start.getTime() < openInterval.end.getTime() &&
    sinceOpening % (slotIntervalMinutes * MINUTE_MS) === 0
  );
}
