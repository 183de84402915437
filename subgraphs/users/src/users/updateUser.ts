import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { writeAuditEntry } from '../audit/writeAuditEntry.js';
import { isUserId } from '../auth/isUserId.js';
import { UserSchema, type User } from '../database/entities/User.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import { hasPermission } from './hasPermission.js';
import { duplicateToInputError } from './registerUser.js';
import { userSnapshot } from './userSnapshot.js';
import { validDisplayName, validEmail } from './validateRegisterInput.js';

export interface UpdateUserInput {
  email?: string | null;
  displayName?: string | null;
}

const MANAGE_USERS = 'users:manage';

/** Changes a user's email and/or display name; an omitted field keeps its value. */
export async function updateUser(
  em: EntityManager,
  logger: Logger,
  request: { actorId: string; requestId: string; id: string; input: UpdateUserInput },
): Promise<User> {
  const { input } = request;
  // The same rules as registration, checked before any query.
  const email = input.email == null ? undefined : validEmail(input.email);
  const displayName = input.displayName == null ? undefined : validDisplayName(input.displayName);

  let user: User;
  try {
    user = await em.transactional(async (tx) => {
      if (!(await hasPermission(tx, request.actorId, MANAGE_USERS))) {
        throw errors.missingPermission(MANAGE_USERS);
      }
      const target = isUserId(request.id)
        ? await tx.findOne(
            UserSchema,
            { id: request.id.toLowerCase() },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          )
        : null;
      if (!target) {
        throw errors.noUserWithId();
      }
      const before = await userSnapshot(tx, target);
      if (email !== undefined) {
        target.email = email;
      }
      if (displayName !== undefined) {
        target.displayName = displayName;
      }
      await tx.flush();
      await writeAuditEntry(tx, {
        actorId: request.actorId,
        action: 'updateUser',
        targetType: 'user',
        targetId: target.id,
        before,
        after: await userSnapshot(tx, target),
        requestId: request.requestId,
      });
      return target;
    });
  } catch (error) {
    throw duplicateToInputError(error);
  }
  logger.info({ userId: user.id, actorId: request.actorId }, 'user updated');
  return user;
}
