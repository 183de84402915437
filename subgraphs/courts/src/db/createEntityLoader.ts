import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { isUuid } from '../ids/isUuid.js';

/** Takes `unknown`: a federation representation's id is whatever JSON the client sent. */
export type EntityLoader<T> = (id: unknown) => Promise<T | null>;

interface Waiter<T> {
  resolve: (entity: T | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Loads entities by id, batching every call made in the same tick into one `in (...)` query.
 * The gateway sends all references of a plan in one `_entities` call, and Apollo resolves each
 * separately; a list of bookings asks for its courts one by one. This turns N lookups into
 * one. Made once per request, so nothing is cached across requests.
 */
export function createEntityLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
): EntityLoader<T> {
  let pending: Map<string, Waiter<T>[]> | null = null;

  async function runBatch(batch: Map<string, Waiter<T>[]>): Promise<void> {
    try {
      const rows = (await em.find(entity, { id: { $in: [...batch.keys()] } } as never)) as T[];
      const byId = new Map(rows.map((row) => [row.id, row]));
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
      const batch = new Map<string, Waiter<T>[]>();
      pending = batch;
      // After the current tick, so that every sibling reference joins the batch.
      setImmediate(() => {
        pending = null;
        void runBatch(batch);
      });
    }
    const batch = pending;
    return new Promise<T | null>((resolve, reject) => {
      batch.set(id, [...(batch.get(id) ?? []), { resolve, reject }]);
    });
  };
}
