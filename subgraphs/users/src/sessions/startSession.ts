import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { errors } from '../errors/errors.js';
import { hashRefreshToken, newRefreshToken } from './refreshTokenFormat.js';

export interface StartedSession {
  sessionId: string;
  refreshToken: string;
}

/**
 * Opens a session for a user who just proved who they are, with its first refresh token.
 *
 * The user row is read FOR SHARE, which waits for (and then sees) a deactivation being
 * committed: a sign-in racing a deactivation either fails or creates a session that the
 * deactivation then revokes, never a live session of an inactive user.
 */
export async function startSession(em: EntityManager, userId: string): Promise<StartedSession> {
  const sessionId = randomUUID();
  const refreshToken = newRefreshToken();
  await em.transactional(async (tx) => {
    const rows = await tx.execute(
      `insert into sessions (id, user_id)
       select ?, id from users where id = ? and active for share
       returning id`,
      [sessionId, userId],
    );
    if (rows.length === 0) {
      throw errors.invalidCredentials();
    }
    await tx.execute('insert into refresh_tokens (token_hash, session_id) values (?, ?)', [
      hashRefreshToken(refreshToken),
      sessionId,
    ]);
  });
  return { sessionId, refreshToken };
}
