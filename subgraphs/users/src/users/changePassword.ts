import type { EntityManager } from '@mikro-orm/postgresql';

import { hashPassword, verifyPassword } from '../auth/passwordHasher.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import type { LoginAttempt, LoginFailureLimiter } from './LoginFailureLimiter.js';
import type { RevocationFeed } from '../revocations/RevocationFeed.js';
import { revokeSessionsOfUser } from '../sessions/revokeSessions.js';
import { publishRevoked } from '../sessions/rotateRefreshToken.js';
import { validPassword } from './validateRegisterInput.js';

/** Longer passwords cannot belong to an account (as in loginUser); bounds the hashing. */
const PASSWORD_MAX = 128;

export interface PasswordChange {
  userId: string;
  /** The caller's username and address: wrong current passwords count as failed logins. */
  attempt: LoginAttempt;
  /** The session of the calling token, kept alive; undefined ends every session. */
  keepSessionId: string | undefined;
  currentPassword: string;
  newPassword: string;
}

/**
 * Replaces a signed-in user's password after checking the current one, then ends the user's
 * other sessions: whoever else knew the old password is signed out everywhere. A wrong current
 * password counts against the same limits as a failed login, so a stolen access token cannot
 * be used to guess the password here at argon2's pace without end.
 */
export async function changePassword(
  em: EntityManager,
  services: { revocations: RevocationFeed; loginLimiter: LoginFailureLimiter },
  logger: Logger,
  change: PasswordChange,
): Promise<void> {
  const limiter = services.loginLimiter;
  const retryAfterSeconds = await limiter.retryAfterSeconds(change.attempt, logger);
  if (retryAfterSeconds > 0) throw errors.tooManyLoginAttempts(retryAfterSeconds);

  const rows: Array<{ password_hash: string }> = await em.execute(
    'select password_hash from users where id = ? and active',
    [change.userId],
  );
  const row = rows[0];
  const plausible = [...change.currentPassword.normalize('NFC')].length <= PASSWORD_MAX;
  if (!row || !plausible || !(await verifyPassword(row.password_hash, change.currentPassword))) {
    await limiter.recordFailure(change.attempt, logger);
    throw errors.wrongCurrentPassword();
  }
  await limiter.clearAccount(change.attempt, logger);
  const newPassword = validPassword(change.newPassword, 'newPassword');
  const passwordHash = await hashPassword(newPassword);

  const revoked = await em.transactional(async (tx) => {
    await tx.execute('update users set password_hash = ?, updated_at = now() where id = ?', [
      passwordHash,
      change.userId,
    ]);
    return revokeSessionsOfUser(tx, change.userId, 'password-changed', change.keepSessionId);
  });
  await publishRevoked(services.revocations, revoked);
  logger.info(
    { userId: change.userId, sessionsEnded: revoked.sessionIds.length },
    'password changed',
  );
}
