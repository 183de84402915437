import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { inOwnTransaction } from '../db/inOwnTransaction.js';
import { courtsErrors } from '../errors/courtsErrors.js';
import { isUuid } from '../ids/isUuid.js';
import { MaintenanceBlockSchema, type MaintenanceBlock } from './maintenanceBlockEntity.js';
import type { MaintenanceBlockInput } from './maintenanceBlockInput.js';
import { planMaintenanceBlock, type MaintenancePlan } from './planMaintenanceBlock.js';

export interface MaintenanceImpact {
  conflictingBookings: MaintenancePlan['conflicts'];
  wouldSucceed: boolean;
  summary: string;
}

function describe(plan: MaintenancePlan, input: MaintenanceBlockInput): MaintenanceImpact {
  const count = plan.conflicts.length;
  const bookings = `${count} confirmed booking${count === 1 ? '' : 's'}`;
  if (count === 0) {
    return { conflictingBookings: [], wouldSucceed: true, summary: 'No booking is affected.' };
  }
  const outcome = {
    REJECT: `The block would be refused: it overlaps ${bookings}.`,
    CANCEL_BOOKINGS: `${bookings} would be cancelled, giving the block's reason.`,
    KEEP_FLAGGED: `${bookings} would stay, flagged for staff to sort out.`,
  }[input.conflictPolicy];
  return {
    conflictingBookings: plan.conflicts,
    wouldSucceed: input.conflictPolicy !== 'REJECT',
    summary: outcome,
  };
}

/** What placing the block would do, computed under the same locks; nothing is written. */
export async function maintenanceBlockImpact(
  em: EntityManager,
  input: MaintenanceBlockInput,
  now: Date = new Date(),
): Promise<MaintenanceImpact> {
  return inOwnTransaction(em, async (tx) =>
    describe(await planMaintenanceBlock(tx, input, now), input),
  );
}

export async function createMaintenanceBlock(
  em: EntityManager,
  input: MaintenanceBlockInput,
  createdBy: string,
  now: Date = new Date(),
): Promise<MaintenanceBlock> {
  return inOwnTransaction(em, async (tx) => {
    const plan = await planMaintenanceBlock(tx, input, now);
    if (plan.conflicts.length > 0 && input.conflictPolicy === 'REJECT') {
      throw courtsErrors.conflict(
        describe(plan, input).summary + ' Choose another policy or time.',
        {
          conflictingBookingIds: plan.conflicts.map((booking) => booking.id),
        },
      );
    }

    const block = tx.create(MaintenanceBlockSchema, {
      id: randomUUID(),
      venueId: plan.venue.id,
      startsAt: plan.start,
      endsAt: plan.end,
      reason: plan.reason,
      conflictPolicy: input.conflictPolicy,
      createdBy,
      createdAt: now,
      removedAt: null,
      removedBy: null,
    });
    for (const booking of plan.conflicts) {
      if (input.conflictPolicy === 'CANCEL_BOOKINGS') {
        booking.status = 'CANCELLED';
        booking.cancelledAt = now;
        booking.cancelledBy = createdBy;
        booking.cancellationReason = `Maintenance: ${plan.reason}`.slice(0, 500);
      } else {
        booking.flaggedByMaintenance = true;
      }
    }
    await tx.flush();

    // tx.execute runs in the transaction, where the block row just flushed is visible;
    // tx.getConnection().execute would insert through another connection and fail its FK.
    for (const court of plan.courts) {
      await tx.execute('insert into maintenance_block_courts (block_id, court_id) values (?, ?)', [
        block.id,
        court.id,
      ]);
    }
    for (const booking of plan.conflicts) {
      await tx.execute(
        'insert into maintenance_block_bookings (block_id, booking_id) values (?, ?)',
        [block.id, booking.id],
      );
    }
    return block;
  });
}

/** Lifts a block; bookings it cancelled stay cancelled, and it stays in the history. */
export async function removeMaintenanceBlock(
  em: EntityManager,
  id: string,
  removedBy: string,
  now: Date = new Date(),
): Promise<MaintenanceBlock> {
  return inOwnTransaction(em, async (tx) => {
    const block = isUuid(id)
      ? await tx.findOne(MaintenanceBlockSchema, { id: id.toLowerCase(), removedAt: null })
      : null;
    if (!block) throw courtsErrors.maintenanceBlockNotFound();
    block.removedAt = now;
    block.removedBy = removedBy;
    await tx.flush();
    return block;
  });
}
