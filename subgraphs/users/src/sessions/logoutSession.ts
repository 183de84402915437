import type { EntityManager } from '@mikro-orm/postgresql';

import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import type { RevocationFeed } from '../revocations/RevocationFeed.js';
import { hashRefreshToken, isRefreshTokenShape } from './refreshTokenFormat.js';
import { revokeSession, revokeSessionsOfUser } from './revokeSessions.js';
import { publishRevoked } from './rotateRefreshToken.js';

/**
 * Ends the session a refresh token belongs to (any of its tokens, current or rotated: either
 * proves the caller held the session). Ending an ended session is not an error, so a retry is
 * safe; an unknown token is UNAUTHENTICATED like in refreshToken.
 */
export async function logoutSession(
  em: EntityManager,
  feed: RevocationFeed,
  logger: Logger,
  refreshToken: string,
): Promise<void> {
  if (!isRefreshTokenShape(refreshToken)) {
    throw errors.invalidRefreshToken();
  }
  const rows: Array<{ session_id: string; user_id: string }> = await em.execute(
    `select rt.session_id, s.user_id
       from refresh_tokens rt join sessions s on s.id = rt.session_id
      where rt.token_hash = ?`,
    [hashRefreshToken(refreshToken)],
  );
  const row = rows[0];
  if (!row) {
    throw errors.invalidRefreshToken();
  }
  const revoked = await revokeSession(em, row.user_id, row.session_id, 'logout');
  await publishRevoked(feed, revoked);
  logger.info({ userId: row.user_id, sessionId: row.session_id }, 'signed out');
}

/** Ends every live session of a user (logoutAll). */
export async function logoutAllSessions(
  em: EntityManager,
  feed: RevocationFeed,
  logger: Logger,
  userId: string,
): Promise<void> {
  const revoked = await revokeSessionsOfUser(em, userId, 'logout-all');
  await publishRevoked(feed, revoked);
  logger.info({ userId, sessions: revoked.sessionIds.length }, 'signed out everywhere');
}
