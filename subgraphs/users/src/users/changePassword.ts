import type { EntityManager } from '@mikro-orm/postgresql';

import { hashPassword, verifyPassword } from '../auth/passwordHasher.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import type { RevocationFeed } from '../revocations/RevocationFeed.js';
import { revokeSessionsOfUser } from '../sessions/revokeSessions.js';
import { publishRevoked } from '../sessions/rotateRefreshToken.js';
import { validPassword } from './validateRegisterInput.js';

/** Longer passwords cannot belong to an account (as in loginUser); bounds the hashing. */
const PASSWORD_MAX = 128;

export interface PasswordChange {
  userId: string;
  /** The session of the calling token, kept alive; undefined ends every session. */
  keepSessionId: string | undefined;
  currentPassword: string;
  newPassword: string;
}

/**
 * Replaces a signed-in user's password after checking the current one, then ends the user's
 * other sessions: whoever else knew the old password is signed out everywhere.
 */
export async function changePassword(
  em: EntityManager,
  feed: RevocationFeed,
  logger: Logger,
  change: PasswordChange,
): Promise<void> {
  const rows: Array<{ password_hash: string }> = await em.execute(
    'select password_hash from users where id = ? and active',
    [change.userId],
  );
  const row = rows[0];
  const plausible = [...change.currentPassword.normalize('NFC')].length <= PASSWORD_MAX;
  if (!row || !plausible || !(await verifyPassword(row.password_hash, change.currentPassword))) {
    throw errors.wrongCurrentPassword();
  }
  const newPassword = validPassword(change.newPassword, 'newPassword');
  const passwordHash = await hashPassword(newPassword);

  const revoked = await em.transactional(async (tx) => {
    await tx.execute('update users set password_hash = ?, updated_at = now() where id = ?', [
      passwordHash,
      change.userId,
    ]);
    return revokeSessionsOfUser(tx, change.userId, 'password-changed', change.keepSessionId);
  });
  await publishRevoked(feed, revoked);
  logger.info(
    { userId: change.userId, sessionsEnded: revoked.sessionIds.length },
    'password changed',
  );
}
