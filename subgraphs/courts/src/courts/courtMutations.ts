import { randomUUID } from 'node:crypto';

import { UniqueConstraintViolationException } from '@mikro-orm/core';
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

async function findCourtOrFail(em: EntityManager, id: string): Promise<Court> {
  // A malformed id cannot name a court; answering NOT_FOUND avoids a database cast error.
  const court = isUuid(id) ? await em.findOne(CourtSchema, { id: id.toLowerCase() }) : null;
  if (!court) throw courtsErrors.courtNotFound();
  return court;
}

export async function createCourt(
  em: EntityManager,
  input: CreateCourtInput,
  createdBy: string,
): Promise<Court> {
  const court = em.create(CourtSchema, {
    id: randomUUID(),
    ...validateCreateCourt(input),
    createdBy,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  em.persist(court);
  await flushCourt(em);
  return court;
}

export async function updateCourt(
  em: EntityManager,
  id: string,
  input: UpdateCourtInput,
): Promise<Court> {
  const changes = validateUpdateCourt(input);
  const court = await findCourtOrFail(em, id);
  em.assign(court, changes);
  await flushCourt(em);
  return court;
}

export async function deleteCourt(em: EntityManager, id: string): Promise<boolean> {
  const deleted = isUuid(id) ? await em.nativeDelete(CourtSchema, { id: id.toLowerCase() }) : 0;
  if (deleted === 0) throw courtsErrors.courtNotFound();
  return true;
}
