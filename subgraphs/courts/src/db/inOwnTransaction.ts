import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `work` in a transaction on a fresh fork with an empty identity map. An entity cached by
 * an earlier field of the same operation (say, one deleted since) can then never stand in for
 * the row, and an entity left dirty by a failed mutation cannot be flushed again by the next.
 */
export function inOwnTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return em.fork({ clear: true }).transactional(work);
}
