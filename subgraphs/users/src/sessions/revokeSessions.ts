import type { EntityManager } from '@mikro-orm/postgresql';

import type { RevokeReason } from './RevokeReason.js';

export interface RevokedSessions {
  userId: string;
  sessionIds: string[];
  /** The revocation time as PostgreSQL recorded it. */
  revokedAt: Date;
}

/**
 * Revokes a user's live sessions, all of them or all but `keepSessionId`, and returns which
 * ones it revoked so the caller can publish them after commit. Already revoked sessions keep
 * their first reason and time.
 */
export async function revokeSessionsOfUser(
  em: EntityManager,
  userId: string,
  reason: RevokeReason,
  keepSessionId?: string,
): Promise<RevokedSessions> {
  const rows: Array<{ id: string; revoked_at: Date }> = await em.execute(
    `update sessions set revoked_at = now(), revoke_reason = ?
      where user_id = ? and revoked_at is null and id is distinct from ?
      returning id, revoked_at`,
    [reason, userId, keepSessionId ?? null],
  );
  return revokedOf(userId, rows);
}

/** Revokes one session; `sessionIds` is empty when it was already revoked. */
export async function revokeSession(
  em: EntityManager,
  userId: string,
  sessionId: string,
  reason: RevokeReason,
): Promise<RevokedSessions> {
  const rows: Array<{ id: string; revoked_at: Date }> = await em.execute(
    `update sessions set revoked_at = now(), revoke_reason = ?
      where id = ? and revoked_at is null
      returning id, revoked_at`,
    [reason, sessionId],
  );
  return revokedOf(userId, rows);
}

function revokedOf(userId: string, rows: Array<{ id: string; revoked_at: Date }>) {
  return {
    userId,
    sessionIds: rows.map((row) => row.id),
    revokedAt: rows[0] ? new Date(rows[0].revoked_at) : new Date(),
  };
}
