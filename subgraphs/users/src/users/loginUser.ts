import type { EntityManager } from '@mikro-orm/postgresql';

import { getDummyHash, verifyPassword } from '../auth/passwordHasher.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import { isValidUsername } from './isValidUsername.js';
import type { LoginAttempt, LoginFailureLimiter } from './LoginFailureLimiter.js';

// Longer passwords cannot belong to an account; refusing them early keeps hashing bounded.
const PASSWORD_MAX = 128;

/**
 * Returns the id of the user these credentials belong to. Past a failure limit it throws
 * TOO_MANY_REQUESTS before looking at the password, so guesses stop being checked at all;
 * a wrong password counts a failure, a right one clears the account's count.
 */
export async function loginUser(
  em: EntityManager,
  limiter: LoginFailureLimiter,
  logger: Logger,
  attempt: LoginAttempt & { password: string },
): Promise<string> {
  const retryAfterSeconds = await limiter.retryAfterSeconds(attempt, logger);
  if (retryAfterSeconds > 0) {
    throw errors.tooManyLoginAttempts(retryAfterSeconds);
  }
  const userId = await checkCredentials(em, attempt.username, attempt.password);
  if (userId === undefined) {
    await limiter.recordFailure(attempt, logger);
    throw errors.invalidCredentials();
  }
  await limiter.clearAccount(attempt, logger);
  return userId;
}

/**
 * The id of the user these credentials belong to, or undefined for the one failure that
 * becomes UNAUTHENTICATED. Every failing path runs one argon2 verification, so the time taken
 * does not reveal whether the username exists.
 *
 * A username outside the registration rule (too long, a NUL or another control character)
 * cannot belong to an account: it is never sent to PostgreSQL, which would reject a NUL with
 * a server error, but it still costs the same dummy verification as an unknown name.
 */
async function checkCredentials(
  em: EntityManager,
  username: string,
  password: string,
): Promise<string | undefined> {
  // Registration bounds the NFC form (see validateRegisterInput), so the same form here.
  const possible =
    isValidUsername(username) && [...password.normalize('NFC')].length <= PASSWORD_MAX;
  const rows: Array<{ id: string; password_hash: string; active: boolean }> = possible
    ? await em.execute(
        'select id, password_hash, active from users where lower(username) = lower(?)',
        [username],
      )
    : [];
  const row = rows[0];

  const passwordHash = row?.password_hash ?? (await getDummyHash());
  const matches = await verifyPassword(passwordHash, password);
  return row && matches && row.active ? row.id : undefined;
}
