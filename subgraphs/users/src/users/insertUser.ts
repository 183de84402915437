import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { UserSchema, type User } from '../database/entities/User.js';
import type { RegisterInput } from './validateRegisterInput.js';

/**
 * Inserts an active account from validated input, with no roles yet: register and createUser
 * assign theirs in the same transaction. A duplicate username or email surfaces as the
 * database's unique violation, for the caller to turn into an input error.
 */
export async function insertUser(
  tx: EntityManager,
  valid: RegisterInput,
  passwordHash: string,
): Promise<User> {
  const now = new Date();
  const created = tx.create(UserSchema, {
    id: randomUUID(),
    username: valid.username,
    email: valid.email,
    passwordHash,
    displayName: valid.displayName,
    active: true,
    createdAt: now,
    updatedAt: now,
  });
  await tx.flush();
  return created;
}
