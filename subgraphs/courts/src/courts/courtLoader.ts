import type { EntityManager } from '@mikro-orm/postgresql';

import { createEntityLoader, type EntityLoader } from '../db/createEntityLoader.js';
import { CourtSchema, type Court } from './courtEntity.js';

export type CourtLoader = EntityLoader<Court>;

/** Batches court lookups of one request into one query (see createEntityLoader). */
export function createCourtLoader(em: EntityManager): CourtLoader {
  return createEntityLoader(em, CourtSchema);
}
