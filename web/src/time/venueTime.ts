/**
 * Times as the venue's wall clock. The API sends every instant with the venue's offset in
 * force at that moment (`2027-10-31T02:00:00+01:00`), so the wall-clock reading is already in
 * the string: it is read from there and never passed through `Date`, which would turn it into
 * the browser's zone (a visitor in New York looking at a Madrid court must see Madrid's time).
 */
export interface WallClock {
  /** YYYY-MM-DD at the venue. */
  date: string;
  /** HH:MM, 24-hour, at the venue. */
  time: string;
  /** The offset the instant carried: `+01:00`, `-05:00`, or `+00:00` for a trailing Z. */
  offset: string;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The venue's wall clock of an instant sent by the API; throws on anything else. */
export function wallClock(instant: string): WallClock {
  const match = INSTANT.exec(instant);
  if (!match) throw new Error(`Expected an ISO-8601 instant with an offset, got "${instant}".`);
  const [, date = '', time = '', zone = ''] = match;
  return { date, time, offset: zone === 'Z' ? '+00:00' : zone };
}

/**
 * "10:00–11:00". When two slots of one day read the same (the hour that happens twice when
 * clocks go back), the offsets tell them apart: `withOffset` adds them.
 */
export function timeRange(start: string, end: string, withOffset = false): string {
  const from = wallClock(start);
  const to = wallClock(end);
  if (!withOffset) return `${from.time}–${to.time}`;
  return `${from.time} (UTC${from.offset})–${to.time} (UTC${to.offset})`;
}

/** The start times that occur twice in a list of slots (only on the night clocks go back). */
export function repeatedTimes(starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const start of starts) {
    const { time } = wallClock(start);
    if (seen.has(time)) repeated.add(time);
    seen.add(time);
  }
  return repeated;
}

/**
 * A date as people read it, "Sat 31 Oct 2027", in the visitor's language. The date is a
 * calendar date at the venue: it is formatted in UTC so no zone can move it to another day.
 */
export function formatVenueDate(date: string, locale?: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const utcNoon = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcNoon);
}

/** "Sat 31 Oct 2027, 10:00–11:00" for a booking, in the venue's time. */
export function formatVenueInterval(start: string, end: string, locale?: string): string {
  const from = wallClock(start);
  const to = wallClock(end);
  const endDate = to.date === from.date ? '' : `${formatVenueDate(to.date, locale)}, `;
  return `${formatVenueDate(from.date, locale)}, ${from.time}–${endDate}${to.time}`;
}

/** Today's date at the venue (not in the browser's zone): the date picker starts there. */
export function todayAt(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A date `days` later than a YYYY-MM-DD date, as a calendar date (no zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return next.toISOString().slice(0, 10);
}

/** "Europe/Madrid" as "Europe/Madrid time": the zone named wherever times are shown. */
export function zoneLabel(timeZone: string): string {
  return `${timeZone.replaceAll('_', ' ')} time`;
}
