import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Fixed key of the PostgreSQL advisory lock that orders every change to permission data and
 * every write of the permission cache.
 *
 * Why one lock for both: a cache writer reads the committed permissions and then writes Redis.
 * Without ordering, writer A could read before change B commits and write after writer B,
 * leaving B's revoked right granted in the cache. Holding the lock from the read to the Redis
 * write (and while committing a change) makes the last write always reflect the last commit.
 */
export const PERMISSION_CHANGE_LOCK_KEY = 7_402_113_902;

/** Runs `work` in a transaction that holds the permission-change lock until it commits. */
export function withPermissionChangeLock<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [PERMISSION_CHANGE_LOCK_KEY]);
    return work(tx);
  });
}
