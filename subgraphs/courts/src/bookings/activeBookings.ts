import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Every raw query here goes through `tx.execute`, which runs inside the transaction;
 * `tx.getConnection().execute` would take another connection and release the lock at once.
 *
 * Serialises the bookings of one user until the transaction ends, so that "count the active
 * bookings, then insert" cannot interleave with another booking of the same user: two
 * simultaneous requests by a user allowed one booking give one success. A transaction-scoped
 * advisory lock: released at commit or rollback, never leaked.
 */
export async function lockBooker(tx: EntityManager, userId: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
    `courtgraph:bookings:user:${userId}`,
  ]);
}

/** Confirmed bookings of the user at the venue that have not ended yet. */
export async function countActiveBookings(
  tx: EntityManager,
  userId: string,
  venueId: string,
  now: Date,
): Promise<number> {
  const rows = await tx.execute<{ count: string }[]>(
    `select count(*) as count from bookings b join courts c on c.id = b.court_id
     where b.user_id = ? and c.venue_id = ? and b.status = 'CONFIRMED' and b.ends_at > ?`,
    [userId, venueId, now],
  );
  return Number(rows[0]?.count ?? 0);
}
