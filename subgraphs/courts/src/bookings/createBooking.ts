import { randomUUID } from 'node:crypto';

import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { findBlockingBlock } from '../blocks/findBlockingBlock.js';
import { CourtSchema, type Court } from '../courts/courtEntity.js';
import { violatesExclusion, violatesUnique } from '../db/constraintViolation.js';
import { inOwnTransaction } from '../db/inOwnTransaction.js';
import { bookingErrors } from '../errors/bookingErrors.js';
import { courtsErrors } from '../errors/courtsErrors.js';
import { addLocalDays, formatInstant, localDateOf, priceForInterval } from '../schedule/index.js';
import { loadExceptions } from '../venues/loadExceptions.js';
import { VenueSchema, type Venue } from '../venues/venueEntity.js';
import { countActiveBookings, lockBooker } from './activeBookings.js';
import {
  BOOKING_IDEMPOTENCY_INDEX,
  BOOKING_OVERLAP_CONSTRAINT,
  BookingSchema,
  type Booking,
} from './bookingEntity.js';
import type { BookingCaller, CreateBookingInput } from './bookingInput.js';
import { brokenBookingRules, type BrokenRule } from './brokenBookingRules.js';
import { parseBookingTimes } from './parseBookingTimes.js';
import { validateBookingInput, type CheckedBookingInput } from './validateBookingInput.js';

/**
 * Limits no rule or override lifts: a court's own rules allow at most 24 hours and 730 days
 * ahead, and a staff typo overriding them must not hold a court for a year (or overflow the
 * price column).
 */
const OUTER_LIMITS = { longestMs: 24 * 3_600_000, furthestAheadMs: 730 * 86_400_000 };

/** Requests with one idempotency key raced; the loser reads the winner's booking. */
class IdempotencyRace extends Error {}

interface Placement {
  court: Court;
  venue: Venue;
  start: Date;
  end: Date;
}

/**
 * Locks the court FOR SHARE: bookings of one court run side by side (the exclusion constraint
 * decides between them), while a maintenance block or an archive, which lock it FOR UPDATE,
 * waits for them and they for it.
 */
async function place(tx: EntityManager, checked: CheckedBookingInput, input: CreateBookingInput) {
  const court = await tx.findOne(
    CourtSchema,
    { id: checked.courtId },
    { lockMode: LockMode.PESSIMISTIC_READ, refresh: true },
  );
  if (!court) throw courtsErrors.courtNotFound();
  const venue = await tx.findOneOrFail(VenueSchema, { id: court.venueId });
  return { court, venue, ...parseBookingTimes(input, venue.timeZone) };
}

/** The same request again returns the booking; another request under the key is refused. */
function replay(existing: Booking, checked: CheckedBookingInput, placement: Placement): Booking {
  const same =
    existing.courtId === checked.courtId &&
    existing.userId === checked.userId &&
    existing.startsAt.getTime() === placement.start.getTime() &&
    existing.endsAt.getTime() === placement.end.getTime();
  if (!same) throw bookingErrors.idempotencyKeyReused();
  return existing;
}

async function rulesToOverride(
  tx: EntityManager,
  placement: Placement,
  checked: CheckedBookingInput,
  now: Date,
): Promise<BrokenRule[]> {
  const { court, venue, start } = placement;
  const startDate = localDateOf(start, venue.timeZone);
  const exceptions = await loadExceptions(
    tx,
    venue.id,
    addLocalDays(startDate, -1),
    addLocalDays(startDate, 1),
  );
  const broken = brokenBookingRules({ ...placement, exceptions, now });

  // Counted under the booker's lock, so a concurrent booking of theirs cannot slip past.
  await lockBooker(tx, checked.userId);
  const limit = court.maxActiveBookingsPerUser;
  if (limit !== null && (await countActiveBookings(tx, checked.userId, venue.id, now)) >= limit) {
    broken.push({
      rule: 'ACTIVE_BOOKING_LIMIT',
      message:
        `${checked.forCaller ? 'You already hold' : 'This member already holds'} ${limit} ` +
        `active booking${limit === 1 ? '' : 's'} at ${venue.name}, the most allowed; ` +
        'cancel one or wait until one has ended.',
    });
  }
  return broken;
}

async function insert(
  tx: EntityManager,
  caller: BookingCaller,
  checked: CheckedBookingInput,
  input: CreateBookingInput,
  now: Date,
  firstPass: boolean,
): Promise<Booking> {
  const placement = await place(tx, checked, input);
  const { court, venue, start, end } = placement;
  if (checked.idempotencyKey !== null) {
    const existing = await tx.findOne(BookingSchema, {
      createdBy: caller.userId,
      idempotencyKey: checked.idempotencyKey,
    });
    if (existing) return replay(existing, checked, placement);
  }

  // Neither archived courts, blocks, the past, overlaps nor the outer limits can be overridden.
  if (court.archivedAt !== null) throw bookingErrors.courtArchived();
  if (start.getTime() < now.getTime()) throw bookingErrors.startPassed();
  if (end.getTime() - start.getTime() > OUTER_LIMITS.longestMs) throw bookingErrors.tooLong();
  if (start.getTime() > now.getTime() + OUTER_LIMITS.furthestAheadMs) {
    throw bookingErrors.tooFarAhead();
  }
  const block = await findBlockingBlock(tx, court.id, start, end);
  if (block) {
    const zone = venue.timeZone;
    throw bookingErrors.blocked(
      court.name,
      block.reason,
      formatInstant(block.startsAt, zone),
      formatInstant(block.endsAt, zone),
    );
  }
  const broken = await rulesToOverride(tx, placement, checked, now);
  const [first] = broken;
  if (first && checked.overrideReason === null)
    throw bookingErrors.ruleBroken(first.rule, first.message);

  const booking = tx.create(BookingSchema, {
    id: randomUUID(),
    courtId: court.id,
    userId: checked.userId,
    startsAt: start,
    endsAt: end,
    status: 'CONFIRMED',
    priceAmount: priceForInterval(court.hourlyRateAmount, start, end),
    priceCurrency: court.hourlyRateCurrency,
    createdBy: caller.userId,
    createdAt: now,
    idempotencyKey: checked.idempotencyKey,
    overriddenRules: broken.map(({ rule }) => rule),
    overrideReason: checked.overrideReason,
    flaggedByMaintenance: false,
    cancelledBy: null,
    cancelledAt: null,
    cancellationReason: null,
  });
  try {
    await tx.flush();
  } catch (error) {
    // A retry racing its own first attempt overlaps it: the second pass finds it by key.
    const retrying = firstPass && checked.idempotencyKey !== null;
    if (violatesExclusion(error, BOOKING_OVERLAP_CONSTRAINT) && retrying) {
      throw new IdempotencyRace();
    }
    if (violatesExclusion(error, BOOKING_OVERLAP_CONSTRAINT)) {
      const zone = venue.timeZone;
      throw bookingErrors.overlap(
        court.name,
        formatInstant(start, zone),
        formatInstant(end, zone),
        court.id,
      );
    }
    if (violatesUnique(error, BOOKING_IDEMPOTENCY_INDEX)) throw new IdempotencyRace();
    throw error;
  }
  return booking;
}

/**
 * Books a court. PostgreSQL has the last word on overlaps (an exclusion constraint over the
 * court and the half-open range of confirmed bookings), so of any number of concurrent
 * requests for one slot exactly one succeeds and the others get CONFLICT naming the slot.
 */
export async function createBooking(
  em: EntityManager,
  caller: BookingCaller,
  input: CreateBookingInput,
  now: Date = new Date(),
): Promise<Booking> {
  const checked = validateBookingInput(input, caller);
  try {
    return await inOwnTransaction(em, (tx) => insert(tx, caller, checked, input, now, true));
  } catch (error) {
    // The winner has committed by now (PostgreSQL waits for it before refusing our row): the
    // second pass finds its booking under the key, or refuses a real overlap as CONFLICT.
    if (error instanceof IdempotencyRace) {
      return inOwnTransaction(em, (tx) => insert(tx, caller, checked, input, now, false));
    }
    throw error;
  }
}
