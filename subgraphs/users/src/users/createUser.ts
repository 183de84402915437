import type { EntityManager } from '@mikro-orm/postgresql';

import { writeAuditEntry } from '../audit/writeAuditEntry.js';
import { hashPassword } from '../auth/passwordHasher.js';
import type { User } from '../database/entities/User.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import { enqueuePermissionRefresh } from '../permissions/enqueuePermissionRefresh.js';
import type { PermissionCache } from '../permissions/permissionCache.js';
import { PERMISSION_CHANGE_LOCK_KEY } from '../permissions/permissionChangeLock.js';
import { hasPermission } from './hasPermission.js';
import { duplicateToInputError } from './registerUser.js';
import { userSnapshot } from './userSnapshot.js';
import { insertUser } from './insertUser.js';
import { validateRegisterInput, type RegisterInput } from './validateRegisterInput.js';

export interface CreateUserInput extends RegisterInput {
  /** Role names; default ["member"]. */
  roles?: readonly string[] | null;
}

const MANAGE_USERS = 'users:manage';
const MANAGE_ROLES = 'roles:manage';
/** The role anyone may receive; handing out any other needs roles:manage too. */
const DEFAULT_ROLE = 'member';

/**
 * An administrator creates an account, validated like registration. Giving it a role other
 * than "member" also needs roles:manage: users:manage alone must not be a way to make admins.
 */
export async function createUser(
  em: EntityManager,
  cache: PermissionCache,
  logger: Logger,
  request: { actorId: string; requestId: string; input: CreateUserInput },
): Promise<User> {
  const valid = validateRegisterInput(request.input);
  const roleNames = [...new Set(request.input.roles ?? [DEFAULT_ROLE])].sort();
  const passwordHash = await hashPassword(valid.password);

  let user: User;
  try {
    user = await em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(?)', [PERMISSION_CHANGE_LOCK_KEY]);
      if (!(await hasPermission(tx, request.actorId, MANAGE_USERS))) {
        throw errors.missingPermission(MANAGE_USERS);
      }
      if (
        roleNames.some((name) => name !== DEFAULT_ROLE) &&
        !(await hasPermission(tx, request.actorId, MANAGE_ROLES))
      ) {
        throw errors.missingPermission(MANAGE_ROLES);
      }
      const roleIds = await findRoleIds(tx, roleNames);

      const created = await insertUser(tx, valid, passwordHash);
      for (const roleId of roleIds) {
        await tx.execute('insert into user_roles (user_id, role_id) values (?, ?)', [
          created.id,
          roleId,
        ]);
      }
      await enqueuePermissionRefresh(tx, [created.id]);
      await writeAuditEntry(tx, {
        actorId: request.actorId,
        action: 'createUser',
        targetType: 'user',
        targetId: created.id,
        before: null,
        after: await userSnapshot(tx, created),
        requestId: request.requestId,
      });
      return created;
    });
  } catch (error) {
    throw duplicateToInputError(error);
  }

  logger.info({ userId: user.id, actorId: request.actorId, roles: roleNames }, 'user created');
  if (!(await cache.tryRefreshUser(em, user.id))) {
    throw errors.permissionCacheStale();
  }
  return user;
}

/** Ids of the named roles; BAD_USER_INPUT on `roles` naming the first unknown one. */
async function findRoleIds(tx: EntityManager, names: readonly string[]): Promise<number[]> {
  if (names.length === 0) {
    return [];
  }
  // Names are only compared, never stored, but PostgreSQL refuses NUL: filter it out first.
  const queryable = names.filter((name) => !name.includes('\u0000'));
  const rows: Array<{ id: number; name: string }> =
    queryable.length === 0
      ? []
      : await tx.execute('select id, name from roles where name in (?)', [queryable]);
  const byName = new Map(rows.map((row) => [row.name, row.id]));
  const unknown = names.find((name) => !byName.has(name));
  if (unknown !== undefined) {
    throw errors.invalidInput(
      'roles',
      `There is no role named "${unknown}". Use names from the roles query.`,
    );
  }
  return names.map((name) => byName.get(name)!);
}
