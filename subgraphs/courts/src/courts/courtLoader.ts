import type { EntityManager } from '@mikro-orm/postgresql';

import { isUuid } from '../ids/isUuid.js';
import { CourtSchema, type Court } from './courtEntity.js';

/** Takes `unknown`: a federation representation's id is whatever JSON the client sent. */
export type CourtLoader = (id: unknown) => Promise<Court | null>;

interface Waiter {
  resolve: (court: Court | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Loads courts by id, batching every call made in the same tick into one `in (...)` query.
 * The gateway sends all Court references of a plan in one `_entities` call, and Apollo resolves
 * each reference separately; this turns N lookups into one. Made once per request.
 */
export function createCourtLoader(em: EntityManager): CourtLoader {
  let pending: Map<string, Waiter[]> | null = null;

  async function runBatch(batch: Map<string, Waiter[]>): Promise<void> {
    try {
      const courts = await em.find(CourtSchema, { id: { $in: [...batch.keys()] } });
      const byId = new Map(courts.map((court) => [court.id, court]));
      for (const [id, waiters] of batch) {
        for (const waiter of waiters) waiter.resolve(byId.get(id) ?? null);
      }
    } catch (error) {
      for (const waiters of batch.values()) {
        for (const waiter of waiters) waiter.reject(error);
      }
    }
  }

  return (rawId) => {
    if (!isUuid(rawId)) return Promise.resolve(null);
    const id = rawId.toLowerCase();
    if (!pending) {
      const batch = new Map<string, Waiter[]>();
      pending = batch;
      // After the current tick, so that every sibling reference joins the batch.
      setImmediate(() => {
        pending = null;
        void runBatch(batch);
      });
    }
    const batch = pending;
    return new Promise<Court | null>((resolve, reject) => {
      batch.set(id, [...(batch.get(id) ?? []), { resolve, reject }]);
    });
  };
}
