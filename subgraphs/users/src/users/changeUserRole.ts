import type { EntityManager } from '@mikro-orm/postgresql';

import { isUserId } from '../auth/isUserId.js';
import { RoleSchema } from '../database/entities/Role.js';
import { UserSchema, type User } from '../database/entities/User.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import { enqueuePermissionRefresh } from '../permissions/enqueuePermissionRefresh.js';
import type { PermissionCache } from '../permissions/permissionCache.js';
import { PERMISSION_CHANGE_LOCK_KEY } from '../permissions/permissionChangeLock.js';
import { writeAuditEntry } from '../audit/writeAuditEntry.js';
import { anyActiveRoleManager } from './anyActiveRoleManager.js';
import { findRoleNamesByUserIds } from './findRoleNamesByUserIds.js';
import { hasControlCharacter } from './hasControlCharacter.js';
import { hasPermission } from './hasPermission.js';

export type RoleChange = 'assign' | 'revoke';

const MANAGE_ROLES = 'roles:manage';
/** Length of `roles.name` (varchar(64)): a longer name cannot exist. */
const ROLE_NAME_MAX = 64;

/**
 * Assigns or revokes a role. Both are idempotent (assigning a held role or revoking a missing
 * one changes nothing), which makes a retry after SERVICE_UNAVAILABLE safe.
 */
export async function changeUserRole(
  em: EntityManager,
  cache: PermissionCache,
  logger: Logger,
  change: { actorId: string; userId: string; role: string; kind: RoleChange; requestId: string },
): Promise<User> {
  validateRoleName(change.role);
  const user = await em.transactional(async (tx) => {
    // Serialise role changes: two admins revoking each other at once must not both pass the
    // "someone still holds roles:manage" check.
    await tx.execute('select pg_advisory_xact_lock(?)', [PERMISSION_CHANGE_LOCK_KEY]);

    if (!(await hasPermission(tx, change.actorId, MANAGE_ROLES))) {
      throw errors.missingPermission(MANAGE_ROLES);
    }
    const target = isUserId(change.userId)
      ? await tx.findOne(UserSchema, { id: change.userId.toLowerCase() })
      : null;
    if (!target) {
      throw errors.userNotFound();
    }
    const role = await tx.findOne(RoleSchema, { name: change.role });
    if (!role) {
      throw errors.unknownRole(change.role);
    }

    const before = await rolesOf(tx, target.id);
    // `returning` tells whether a row changed: a no-op (idempotent retry) is not audited.
    const changed =
      change.kind === 'assign'
        ? await tx.execute(
            'insert into user_roles (user_id, role_id) values (?, ?) ' +
              'on conflict do nothing returning user_id',
            [target.id, role.id],
          )
        : await tx.execute(
            'delete from user_roles where user_id = ? and role_id = ? returning user_id',
            [target.id, role.id],
          );
    if (change.kind === 'revoke' && !(await anyActiveRoleManager(tx))) {
      throw errors.lastRoleManager();
    }
    if (changed.length > 0) {
      await enqueuePermissionRefresh(tx, [target.id]);
      await writeAuditEntry(tx, {
        actorId: change.actorId,
        action: change.kind === 'assign' ? 'assignRole' : 'revokeRole',
        targetType: 'user',
        targetId: target.id,
        before: { roles: before },
        after: { roles: await rolesOf(tx, target.id) },
        requestId: change.requestId,
      });
    }
    return target;
  });

  logger.info({ userId: user.id, role: change.role, change: change.kind }, 'role changed');
  if (!(await cache.tryRefreshUser(em, user.id))) {
    throw errors.permissionCacheStale();
  }
  return user;
}

/**
 * Refuses, before any query, a role name that no role can have. A NUL would otherwise reach
 * PostgreSQL, which rejects it with a server error instead of an answer the caller can use.
 */
function validateRoleName(role: string): void {
  const length = [...role].length;
  if (length < 1 || length > ROLE_NAME_MAX || hasControlCharacter(role)) {
    throw errors.invalidInput(
      'role',
      `Enter a role name of 1 to ${ROLE_NAME_MAX} characters without control characters, ` +
        'such as "staff".',
    );
  }
}

async function rolesOf(tx: EntityManager, userId: string): Promise<string[]> {
  return (await findRoleNamesByUserIds(tx, [userId])).get(userId) ?? [];
}
