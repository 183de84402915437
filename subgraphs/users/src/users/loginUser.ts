import type { EntityManager } from '@mikro-orm/postgresql';

import { getDummyHash, verifyPassword } from '../auth/passwordHasher.js';
import { errors } from '../errors/errors.js';
import { isValidUsername } from './isValidUsername.js';

// Longer passwords cannot belong to an account; refusing them early keeps hashing bounded.
const PASSWORD_MAX = 128;

/**
 * Returns the id of the user these credentials belong to, or throws the one
 * UNAUTHENTICATED error. Every failing path runs one argon2 verification, so the time taken
 * does not reveal whether the username exists.
 *
 * A username outside the registration rule (too long, a NUL or another control character)
 * cannot belong to an account: it is never sent to PostgreSQL, which would reject a NUL with
 * a server error, but it still costs the same dummy verification as an unknown name.
 */
export async function loginUser(
  em: EntityManager,
  username: string,
  password: string,
): Promise<string> {
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
  if (!row || !matches || !row.active) {
    throw errors.invalidCredentials();
  }
  return row.id;
}
