/**
 * The time engine of bookings: venue time zones, opening hours, slots and prices. Pure
 * functions of their arguments; instants are Dates, local dates 'YYYY-MM-DD', wall times
 * 'HH:MM'. Nothing reads the process time zone, so results are the same under any TZ.
 */
export { bookableSlots, type BookableSlotsQuery } from './bookableSlots.js';
export { formatInstant, formatOffset, localDateOf } from './formatInstant.js';
export { intervalsOverlap, mergeIntervals, type Interval } from './interval.js';
export {
  addLocalDays,
  isoWeekdayOf,
  isSupportedYear,
  parseLocalDate,
  SUPPORTED_YEARS,
  type LocalDate,
  type LocalDateResult,
} from './localDate.js';
export { localDateTimeToInstants, type LocalDateTimeInstants } from './localDateTimeToInstants.js';
export { openIntervalsForLocalDate } from './openIntervalsForLocalDate.js';
export {
  WEEKDAY_NAMES,
  type HoursException,
  type HoursInterval,
  type HoursProblem,
  type WeeklyHours,
  type WeeklyHoursRow,
} from './openingHours.js';
export {
  isWithinOpeningHours,
  openIntervalContaining,
  startsOnSlotGrid,
} from './openingHoursAt.js';
export { parseVenueDateTime, type VenueDateTimeResult } from './parseVenueDateTime.js';
export { priceForInterval } from './priceForInterval.js';
export { isOnSlotGrid } from './slotGrid.js';
export { canonicalTimeZone, isValidTimeZone } from './timeZone.js';
export { validateExceptions } from './validateExceptions.js';
export { validateWeeklyHours } from './validateWeeklyHours.js';
export type { VenueDateTimeFailure, VenueDateTimeReason } from './venueDateTimeFailure.js';
