import type { Court } from '../courts/courtEntity.js';
import type { BookingRule } from '../errors/bookingErrors.js';
import {
  addLocalDays,
  formatInstant,
  isWithinOpeningHours,
  localDateOf,
  startsOnSlotGrid,
  type HoursException,
} from '../schedule/index.js';
import type { Venue } from '../venues/venueEntity.js';

const MINUTE_MS = 60_000;

export interface BrokenRule {
  rule: BookingRule;
  /** Says what the rule wants, for the person booking. */
  message: string;
}

export interface BookingRequest {
  court: Court;
  venue: Venue;
  /** The venue's exceptions around the booking's dates. */
  exceptions: readonly HoursException[];
  start: Date;
  end: Date;
  now: Date;
}

function durationRule(court: Court, minutes: number): BrokenRule | null {
  const { minDurationMinutes: min, maxDurationMinutes: max, slotIntervalMinutes: step } = court;
  if (minutes >= min && minutes <= max && minutes % step === 0) return null;
  return {
    rule: 'DURATION',
    message:
      `Book ${court.name} for ${min} to ${max} minutes, in steps of ${step}; ` +
      `this booking lasts ${minutes}.`,
  };
}

function hoursRules(request: BookingRequest): BrokenRule[] {
  const { court, venue, exceptions, start, end } = request;
  const zone = venue.timeZone;
  if (!isWithinOpeningHours(start, end, zone, venue.openingHours, exceptions)) {
    return [
      {
        rule: 'OPENING_HOURS',
        message:
          `${venue.name} is not open for the whole of ${formatInstant(start, zone)} to ` +
          `${formatInstant(end, zone)}; see its opening hours or the court's availability.`,
      },
    ];
  }
  const step = court.slotIntervalMinutes;
  if (!startsOnSlotGrid(start, zone, venue.openingHours, exceptions, step)) {
    return [
      {
        rule: 'SLOT_GRID',
        message: `Start on ${court.name}'s ${step}-minute grid, counted from opening time.`,
      },
    ];
  }
  return [];
}

function windowRules(request: BookingRequest): BrokenRule[] {
  const { court, venue, start, now } = request;
  const broken: BrokenRule[] = [];
  if (start.getTime() < now.getTime() + court.minNoticeMinutes * MINUTE_MS) {
    broken.push({
      rule: 'MIN_NOTICE',
      message: `Book ${court.name} at least ${court.minNoticeMinutes} minutes before it starts.`,
    });
  }
  // Bookings open day by day: up to the end of the local day maxAdvanceDays from today.
  const lastDate = addLocalDays(localDateOf(now, venue.timeZone), court.maxAdvanceDays);
  if (localDateOf(start, venue.timeZone) > lastDate) {
    broken.push({
      rule: 'BOOKING_HORIZON',
      message:
        `${court.name} can be booked at most ${court.maxAdvanceDays} days ahead ` +
        `(up to ${lastDate} at ${venue.name}).`,
    });
  }
  return broken;
}

/**
 * Every court rule the request breaks, in a stable order; empty when it may be booked. The
 * per-user limit is not here: it needs the database and a lock (see createBooking). Staff who
 * override rules skip exactly these, and the booking records which.
 */
export function brokenBookingRules(request: BookingRequest): BrokenRule[] {
  const { court, start, end } = request;
  const broken: BrokenRule[] = [];
  if (court.status !== 'ACTIVE') {
    broken.push({
      rule: 'COURT_STATUS',
      message: `${court.name} is ${court.status.toLowerCase()} and takes no bookings now.`,
    });
  }
  const duration = durationRule(court, Math.round((end.getTime() - start.getTime()) / MINUTE_MS));
  if (duration) broken.push(duration);
  broken.push(...hoursRules(request), ...windowRules(request));
  return broken;
}
