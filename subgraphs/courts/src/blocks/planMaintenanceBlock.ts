import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { BookingSchema, type Booking } from '../bookings/bookingEntity.js';
import { parseBookingTimes } from '../bookings/parseBookingTimes.js';
import { CourtSchema, type Court } from '../courts/courtEntity.js';
import { courtsErrors } from '../errors/courtsErrors.js';
import { isUuid } from '../ids/isUuid.js';
import { normalizeText } from '../text/normalizeText.js';
import { VenueSchema, type Venue } from '../venues/venueEntity.js';
import type { MaintenanceBlockInput } from './maintenanceBlockInput.js';

const COURTS_MAX = 100;
const REASON_MAX = 300;

export interface MaintenancePlan {
  venue: Venue;
  courts: Court[];
  start: Date;
  end: Date;
  reason: string;
  /** Confirmed bookings on those courts that overlap the block and have not ended. */
  conflicts: Booking[];
}

function checkCourtIds(raw: readonly string[]): string[] {
  const ids = [...new Set(raw.map((id) => id.toLowerCase()))];
  if (ids.length < 1 || ids.length > COURTS_MAX || !ids.every((id) => isUuid(id))) {
    throw courtsErrors.badUserInput(
      'input.courtIds',
      `Give 1 to ${COURTS_MAX} court ids, all of courts of one venue.`,
    );
  }
  return ids.sort();
}

function checkReason(raw: string): string {
  const reason = normalizeText('input.reason', raw, { label: true }).trim();
  if (reason === '' || [...reason].length > REASON_MAX) {
    throw courtsErrors.badUserInput(
      'input.reason',
      `Say why the courts are blocked, in 1 to ${REASON_MAX} characters; members see it.`,
    );
  }
  return reason;
}

/**
 * Everything a block would touch, read under the lock it needs: the courts FOR UPDATE (in id
 * order, so that two blocks never deadlock), which waits for bookings in flight on them and
 * holds off new ones until the transaction ends. The dry run reads the same plan and rolls
 * back, so what it shows is what placing the block would do at that moment (it writes nothing).
 */
export async function planMaintenanceBlock(
  tx: EntityManager,
  input: MaintenanceBlockInput,
  now: Date,
): Promise<MaintenancePlan> {
  const courtIds = checkCourtIds(input.courtIds);
  const reason = checkReason(input.reason);
  const courts = await tx.find(
    CourtSchema,
    { id: { $in: courtIds } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } },
  );
  if (courts.length !== courtIds.length) throw courtsErrors.courtNotFound();
  const venueIds = new Set(courts.map((court) => court.venueId));
  if (venueIds.size !== 1) {
    throw courtsErrors.badUserInput(
      'input.courtIds',
      "Block courts of one venue at a time; the times are read in that venue's time zone.",
    );
  }
  const venue = await tx.findOneOrFail(VenueSchema, { id: courts[0]?.venueId ?? '' });
  const { start, end } = parseBookingTimes(input, venue.timeZone);
  if (end.getTime() <= now.getTime()) {
    throw courtsErrors.badUserInput(
      'input.end',
      'This block would end in the past; move it later.',
    );
  }

  const conflicts = await tx.find(
    BookingSchema,
    {
      courtId: { $in: courtIds },
      status: 'CONFIRMED',
      startsAt: { $lt: end },
      endsAt: { $gt: start > now ? start : now },
    },
    { orderBy: { startsAt: 'asc', id: 'asc' } },
  );
  return { venue, courts, start, end, reason, conflicts };
}
