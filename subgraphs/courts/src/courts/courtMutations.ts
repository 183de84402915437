import { randomUUID } from 'node:crypto';

import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { courtsErrors } from '../errors/courtsErrors.js';
import { isUuid } from '../ids/isUuid.js';
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
 * Runs `work` in a transaction on a fresh fork with an empty identity map. A court cached by an
 * earlier field of the same operation (say, one deleted since) can then never stand in for the
 * row, and an entity left dirty by a failed mutation cannot be flushed again by the next one.
 */
function inOwnTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>) {
  return em.fork({ clear: true }).transactional(work);
}

/**
 * Reads the court and locks its row until the transaction ends (SELECT ... FOR UPDATE). A
 * concurrent delete either waits for us, or has committed and we see no row: without the lock
 * our UPDATE could match nothing and still report success.
 */
async function lockCourtOrFail(tx: EntityManager, id: string): Promise<Court> {
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
    const court = tx.create(CourtSchema, {
      id: randomUUID(),
      ...fields,
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
  const changes = validateUpdateCourt(input);
  return inOwnTransaction(em, async (tx) => {
    const court = await lockCourtOrFail(tx, id);
    tx.assign(court, changes);
    await flushCourt(tx);
    return court;
  });
}

/**
 * One DELETE whose row count decides, so of two racing deletes exactly one succeeds. It leaves
 * any copy in `em`'s identity map alone: updates lock the row afresh and the court loader
 * always queries, so no later field can be handed the deleted court.
 */
export async function deleteCourt(em: EntityManager, id: string): Promise<boolean> {
  const deleted = isUuid(id) ? await em.nativeDelete(CourtSchema, { id: id.toLowerCase() }) : 0;
  if (deleted === 0) throw courtsErrors.courtNotFound();
  return true;
}
