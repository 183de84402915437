import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { CourtSchema } from '../courts/courtEntity.js';
import { inOwnTransaction } from '../db/inOwnTransaction.js';
import { bookingErrors } from '../errors/bookingErrors.js';
import { courtsErrors } from '../errors/courtsErrors.js';
import { isUuid } from '../ids/isUuid.js';
import { BookingSchema, type Booking } from './bookingEntity.js';
import type { BookingCaller } from './bookingInput.js';
import { checkReason } from './validateBookingInput.js';

const MINUTE_MS = 60_000;

/**
 * The owner may cancel before the court's cutoff (none: until the end; 0: until the start);
 * holders of bookings:manage at any time before the end. Throws when neither applies.
 */
async function assertMayCancel(
  tx: EntityManager,
  booking: Booking,
  caller: BookingCaller,
  now: Date,
): Promise<void> {
  if (caller.canManage) return;
  const court = await tx.findOneOrFail(CourtSchema, { id: booking.courtId });
  const cutoff = court.cancellationCutoffMinutes;
  if (cutoff === null) return;
  if (now.getTime() > booking.startsAt.getTime() - cutoff * MINUTE_MS) {
    throw bookingErrors.ruleBroken(
      'CANCELLATION_CUTOFF',
      cutoff === 0
        ? 'This booking has started; it can no longer be cancelled online. Ask the venue staff.'
        : `Bookings of ${court.name} can be cancelled up to ${cutoff} minutes before they ` +
            'start; ask the venue staff to cancel this one.',
    );
  }
}

/**
 * Cancels under a row lock: of two concurrent cancels one succeeds and the other is told the
 * booking is already cancelled, so a slot (or a user's allowance) is never freed twice. The
 * slot is bookable again at once: the exclusion constraint only counts confirmed bookings.
 */
export async function cancelBooking(
  em: EntityManager,
  caller: BookingCaller,
  id: string,
  rawReason: string | null | undefined,
  now: Date = new Date(),
): Promise<Booking> {
  const reason = checkReason('reason', rawReason);
  return inOwnTransaction(em, async (tx) => {
    const booking = isUuid(id)
      ? await tx.findOne(
          BookingSchema,
          { id: id.toLowerCase() },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        )
      : null;
    // Someone else's booking reads as missing: its existence is not the caller's business.
    if (!booking || (booking.userId !== caller.userId && !caller.canManage)) {
      throw courtsErrors.bookingNotFound();
    }
    if (booking.status === 'CANCELLED') throw bookingErrors.alreadyCancelled();
    if (booking.endsAt.getTime() <= now.getTime()) throw bookingErrors.alreadyEnded();
    await assertMayCancel(tx, booking, caller, now);

    booking.status = 'CANCELLED';
    booking.cancelledAt = now;
    booking.cancelledBy = caller.userId;
    booking.cancellationReason = reason;
    await tx.flush();
    return booking;
  });
}
