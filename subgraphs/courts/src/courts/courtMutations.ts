import { randomUUID } from 'node:crypto';

import {
  ForeignKeyConstraintViolationException,
  LockMode,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { inOwnTransaction } from '../db/inOwnTransaction.js';
import { courtsErrors } from '../errors/courtsErrors.js';
import { isUuid } from '../ids/isUuid.js';
import { findDefaultVenue, findVenue } from '../venues/findVenue.js';
import { COURT_NAME_UNIQUE_INDEX, CourtSchema, type Court } from './courtEntity.js';
import type { CreateCourtInput, UpdateCourtInput } from './courtInput.js';
import { validateCreateCourt, validateUpdateCourt } from './validateCourtInput.js';

/**
 * Flushes, turning a violation of the case-insensitive name index into BAD_USER_INPUT. The
 * database decides, so two concurrent requests for one name cannot both succeed.
 */
async function flushCourt(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    const constraint = (error as { constraint?: unknown }).constraint;
    if (error instanceof UniqueConstraintViolationException) {
      if (constraint === COURT_NAME_UNIQUE_INDEX) throw courtsErrors.duplicateCourtName();
    }
    throw error;
  }
}

/**
 * Reads the court and locks its row until the transaction ends (SELECT ... FOR UPDATE). A
 * concurrent delete either waits for us, or has committed and we see no row: without the lock
 * our UPDATE could match nothing and still report success.
 */
export async function lockCourtOrFail(tx: EntityManager, id: string): Promise<Court> {
  // A malformed id cannot name a court; answering NOT_FOUND avoids a database cast error.
  const court = isUuid(id)
    ? await tx.findOne(
        CourtSchema,
        { id: id.toLowerCase() },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      )
    : null;
  if (!court) throw courtsErrors.courtNotFound();
  return court;
}

export async function createCourt(
  em: EntityManager,
  input: CreateCourtInput,
  createdBy: string,
): Promise<Court> {
  const fields = validateCreateCourt(input);
  return inOwnTransaction(em, async (tx) => {
    const venue =
      input.venueId === undefined || input.venueId === null
        ? await findDefaultVenue(tx)
        : await findVenue(tx, input.venueId);
    if (!venue) throw courtsErrors.venueNotFound('venueId');
    const court = tx.create(CourtSchema, {
      id: randomUUID(),
      ...fields,
      venueId: venue.id,
      archivedAt: null,
      createdBy,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    tx.persist(court);
    await flushCourt(tx);
    return court;
  });
}

export async function updateCourt(
  em: EntityManager,
  id: string,
  input: UpdateCourtInput,
): Promise<Court> {
  return inOwnTransaction(em, async (tx) => {
    const court = await lockCourtOrFail(tx, id);
    tx.assign(court, validateUpdateCourt(input, court));
    await flushCourt(tx);
    return court;
  });
}

/**
 * Archiving takes the court out of booking for good while its bookings and blocks stay as
 * history. Bookings already made stand: staff cancel them, or place a block, as they decide.
 */
export async function setCourtArchived(
  em: EntityManager,
  id: string,
  archived: boolean,
): Promise<Court> {
  return inOwnTransaction(em, async (tx) => {
    const court = await lockCourtOrFail(tx, id);
    if (archived && court.archivedAt === null) court.archivedAt = new Date();
    if (!archived) court.archivedAt = null;
    await flushCourt(tx);
    return court;
  });
}

/**
 * One DELETE whose row count decides, so of two racing deletes exactly one succeeds. It leaves
 * any copy in `em`'s identity map alone: updates lock the row afresh and the court loader
 * always queries, so no later field can be handed the deleted court. A court that was ever
 * booked or blocked is refused by the foreign keys: its history must stay, so it is archived.
 */
export async function deleteCourt(em: EntityManager, id: string): Promise<boolean> {
  let deleted = 0;
  try {
    deleted = isUuid(id) ? await em.nativeDelete(CourtSchema, { id: id.toLowerCase() }) : 0;
  } catch (error) {
    if (error instanceof ForeignKeyConstraintViolationException) {
      throw courtsErrors.conflict(
        'This court has bookings or maintenance blocks, which must stay as history; ' +
          'archive it instead (archiveCourt).',
      );
    }
    throw error;
  }
  if (deleted === 0) throw courtsErrors.courtNotFound();
  return true;
}
