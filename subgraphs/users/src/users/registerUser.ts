import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hashPassword } from '../auth/passwordHasher.js';
import type { User } from '../database/entities/User.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import { enqueuePermissionRefresh } from '../permissions/enqueuePermissionRefresh.js';
import type { PermissionCache } from '../permissions/permissionCache.js';
import { insertUser } from './insertUser.js';
import { validateRegisterInput, type RegisterInput } from './validateRegisterInput.js';

/** The role every self-registered user starts with. */
const DEFAULT_ROLE = 'member';

// Index names from the schema migration, mapped to the input field they protect.
const UNIQUE_INDEX_FIELDS: Record<string, () => Error> = {
  users_username_lower_unique: () => errors.usernameTaken(),
  users_email_lower_unique: () => errors.emailTaken(),
};

/**
 * Creates an account with the default role. Duplicates are decided by the unique indexes,
 * not by a prior SELECT, so two simultaneous registrations of one name cannot both win.
 */
export async function registerUser(
  em: EntityManager,
  cache: PermissionCache,
  logger: Logger,
  input: RegisterInput,
): Promise<User> {
  const valid = validateRegisterInput(input);
  const passwordHash = await hashPassword(valid.password);

  let user: User;
  try {
    user = await em.transactional(async (tx) => {
      const created = await insertUser(tx, valid, passwordHash);
      await tx.execute(
        'insert into user_roles (user_id, role_id) select ?, id from roles where name = ?',
        [created.id, DEFAULT_ROLE],
      );
      await enqueuePermissionRefresh(tx, [created.id]);
      return created;
    });
  } catch (error) {
    throw duplicateToInputError(error);
  }

  // After commit. A failure leaves no key, which readers treat as "no permissions": the same
  // as a member's empty set, so the registration still succeeds.
  await cache.tryRefreshUser(em, user.id);
  logger.info({ userId: user.id }, 'user registered');
  return user;
}

export function duplicateToInputError(error: unknown): unknown {
  if (!(error instanceof UniqueConstraintViolationException)) {
    return error;
  }
  const constraint = (error as { constraint?: unknown }).constraint;
  const toError = typeof constraint === 'string' ? UNIQUE_INDEX_FIELDS[constraint] : undefined;
  return toError ? toError() : error;
}
