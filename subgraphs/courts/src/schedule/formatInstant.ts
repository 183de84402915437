import { civilFromUtcMs, formatCivilDate, type LocalDate } from './localDate.js';
import { offsetMinutesAt } from './timeZone.js';
import { formatWallTime } from './wallTime.js';

/** '+02:00', '-05:00', '+10:30'; zero is '+00:00', never 'Z' nor '-00:00'. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${sign}${formatWallTime(Math.abs(offsetMinutes))}`;
}

/**
 * An instant as ISO-8601 in the venue's local time with the offset in force there, such as
 * '2027-10-31T02:00:00+02:00'. The offset tells apart the two 02:00 of a night when clocks go
 * back, which a bare local time cannot. Milliseconds appear only when not zero.
 */
export function formatInstant(instant: Date, zone: string): string {
  const epochMs = instant.getTime();
  const offset = offsetMinutesAt(epochMs, zone);
  const local = new Date(epochMs + offset * 60_000);
  const date = formatCivilDate(civilFromUtcMs(local.getTime()));
  const time = formatWallTime(local.getUTCHours() * 60 + local.getUTCMinutes());
  const seconds = String(local.getUTCSeconds()).padStart(2, '0');
  const millis = local.getUTCMilliseconds();
  const fraction = millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`;
  return `${date}T${time}:${seconds}${fraction}${formatOffset(offset)}`;
}

/** The venue-local calendar date on which an instant falls. */
export function localDateOf(instant: Date, zone: string): LocalDate {
  const epochMs = instant.getTime();
  return formatCivilDate(civilFromUtcMs(epochMs + offsetMinutesAt(epochMs, zone) * 60_000));
}
