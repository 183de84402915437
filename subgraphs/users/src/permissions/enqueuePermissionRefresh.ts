import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Records, inside the caller's transaction, that these users' cache entries must be rewritten.
 * Committed with the change itself, so the change cannot reach PostgreSQL without its outbox
 * row: PermissionOutboxDeliverer then brings Redis up to date even if Redis is down right now.
 */
export async function enqueuePermissionRefresh(
  tx: EntityManager,
  userIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(userIds.map((id) => id.toLowerCase()))];
  if (unique.length === 0) {
    return;
  }
  await tx.execute('insert into permission_outbox (user_id) select unnest(?::uuid[])', [
    `{${unique.join(',')}}`,
  ]);
}
