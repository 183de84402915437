import type { EntityManager } from '@mikro-orm/postgresql';

import type { SessionLimits } from '../config/UsersConfig.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import type { RevocationFeed } from '../revocations/RevocationFeed.js';
import { hashRefreshToken, isRefreshTokenShape, newRefreshToken } from './refreshTokenFormat.js';
import { revokeSession, type RevokedSessions } from './revokeSessions.js';

export interface RotatedSession {
  userId: string;
  sessionId: string;
  refreshToken: string;
}

type Outcome =
  | { kind: 'rotated'; rotated: RotatedSession }
  | { kind: 'reused'; revoked: RevokedSessions }
  | { kind: 'refused' };

/**
 * Exchanges the session's current refresh token for a new one. A token that was already
 * rotated is a sign of theft (either the thief or the user holds a copy that is now stale):
 * the whole session is revoked, so the newest token stops working too, and the caller gets
 * the same UNAUTHENTICATED as for an unknown token.
 *
 * The session row is locked, so two uses of one token at once cannot both rotate it: the
 * second sees the token rotated and counts as reuse.
 *
 * A session idle for longer than the idle timeout, or older than the maximum lifetime, is
 * refused like an unknown token: a refresh token that leaked long ago, or a device left signed
 * in, does not stay usable for ever. Its access tokens still expire on their own.
 */
export async function rotateRefreshToken(
  em: EntityManager,
  feed: RevocationFeed,
  logger: Logger,
  refreshToken: string,
  limits: SessionLimits,
): Promise<RotatedSession> {
  if (!isRefreshTokenShape(refreshToken)) {
    throw errors.invalidRefreshToken();
  }
  const outcome = await em.transactional(async (tx): Promise<Outcome> => {
    const rows: Array<{
      session_id: string;
      rotated_at: Date | null;
      user_id: string;
      revoked_at: Date | null;
      active: boolean;
      expired: boolean;
    }> = await tx.execute(
      `select rt.session_id, rt.rotated_at, s.user_id, s.revoked_at, u.active,
              (s.last_used_at <= now() - make_interval(secs => ?)
               or s.created_at <= now() - make_interval(secs => ?)) as expired
         from refresh_tokens rt
         join sessions s on s.id = rt.session_id
         join users u on u.id = s.user_id
        where rt.token_hash = ?
        for update of s`,
      [limits.idleTimeoutSeconds, limits.maxLifetimeSeconds, hashRefreshToken(refreshToken)],
    );
    const row = rows[0];
    if (!row || row.revoked_at !== null || !row.active || row.expired) {
      return { kind: 'refused' };
    }
    if (row.rotated_at !== null) {
      const revoked = await revokeSession(tx, row.user_id, row.session_id, 'refresh-token-reuse');
      return { kind: 'reused', revoked };
    }

    const next = newRefreshToken();
    await tx.execute(
      'update refresh_tokens set rotated_at = now() where session_id = ? and rotated_at is null',
      [row.session_id],
    );
    await tx.execute('insert into refresh_tokens (token_hash, session_id) values (?, ?)', [
      hashRefreshToken(next),
      row.session_id,
    ]);
    await tx.execute('update sessions set last_used_at = now() where id = ?', [row.session_id]);
    return {
      kind: 'rotated',
      rotated: { userId: row.user_id, sessionId: row.session_id, refreshToken: next },
    };
  });

  switch (outcome.kind) {
    case 'rotated':
      return outcome.rotated;
    case 'reused':
      logger.warn(
        { userId: outcome.revoked.userId, sessionIds: outcome.revoked.sessionIds },
        'refresh token reused: session revoked',
      );
      await publishRevoked(feed, outcome.revoked);
      throw errors.invalidRefreshToken();
    case 'refused':
      throw errors.invalidRefreshToken();
    default:
      throw new Error(`unreachable outcome: ${(outcome as { kind: string }).kind}`);
  }
}

/** Tells every replica's /auth/verify about sessions revoked by a committed transaction. */
export async function publishRevoked(feed: RevocationFeed, revoked: RevokedSessions) {
  if (revoked.sessionIds.length === 0) {
    return;
  }
  await feed.publish({
    type: 'sessions-revoked',
    userId: revoked.userId,
    sessionIds: revoked.sessionIds,
    at: revoked.revokedAt.toISOString(),
  });
}
