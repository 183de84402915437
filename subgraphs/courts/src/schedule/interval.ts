/** A span of time, half-open: it includes `start` and excludes `end`. */
export interface Interval {
  start: Date;
  end: Date;
}

/** Half-open: [a, b) and [b, c) share no instant, so back-to-back bookings both stand. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/**
 * Sorted by start, with overlapping and touching intervals joined: a venue open 08:00-14:00
 * and 14:00-22:00 is open without a break from 08:00 to 22:00.
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start.getTime() <= last.end.getTime()) {
      if (end.getTime() > last.end.getTime()) last.end = end;
    } else {
      merged.push({ start, end });
    }
  }
  return merged;
}
