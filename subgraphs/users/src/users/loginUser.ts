import type { EntityManager } from '@mikro-orm/postgresql';

import { getDummyHash, verifyPassword } from '../auth/passwordHasher.js';
import { errors } from '../errors/errors.js';

// Longer inputs cannot belong to an account; refusing them early keeps hashing bounded.
const USERNAME_MAX = 32;
const PASSWORD_MAX = 128;

/**
 * Returns the id of the user these credentials belong to, or throws the one
 * UNAUTHENTICATED error. Every failing path runs one argon2 verification, so the time taken
 * does not reveal whether the username exists.
 */
export async function loginUser(
  em: EntityManager,
  username: string,
  password: string,
): Promise<string> {
  const rows: Array<{ id: string; password_hash: string; active: boolean }> =
    username.length > USERNAME_MAX || [...password].length > PASSWORD_MAX
      ? []
      : await em.execute(
          'select id, password_hash, active from users where lower(username) = lower(?)',
          [username],
        );
  const row = rows[0];

  const passwordHash = row?.password_hash ?? (await getDummyHash());
  const matches = await verifyPassword(passwordHash, password);
  if (!row || !matches || !row.active) {
    throw errors.invalidCredentials();
  }
  return row.id;
}
