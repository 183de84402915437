import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { courtsErrors } from '../errors/courtsErrors.js';
import { isUuid } from '../ids/isUuid.js';
import { VenueSchema, type Venue } from './venueEntity.js';

export async function findVenue(em: EntityManager, id: unknown): Promise<Venue | null> {
  return isUuid(id) ? em.findOne(VenueSchema, { id: id.toLowerCase() }) : null;
}

/** The venue that receives courts created without a venueId; the migrations make it. */
export async function findDefaultVenue(em: EntityManager): Promise<Venue> {
  const venue = await em.findOne(VenueSchema, { isDefault: true });
  // Only a hand-edited database lacks it; say what to do rather than fail obscurely.
  if (!venue) throw courtsErrors.venueNotFound('venueId');
  return venue;
}

/**
 * Reads and locks the venue row (FOR UPDATE) until the transaction ends, so that changes to
 * one venue's hours or exceptions apply one after the other.
 */
export async function lockVenueOrFail(
  tx: EntityManager,
  id: string,
  field = 'venueId',
): Promise<Venue> {
  const venue = isUuid(id)
    ? await tx.findOne(
        VenueSchema,
        { id: id.toLowerCase() },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      )
    : null;
  if (!venue) throw courtsErrors.venueNotFound(field);
  return venue;
}
