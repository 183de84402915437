import type { EntityManager } from '@mikro-orm/postgresql';

import { writeAuditEntry } from '../audit/writeAuditEntry.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import { enqueuePermissionRefresh } from '../permissions/enqueuePermissionRefresh.js';
import type { PermissionCache } from '../permissions/permissionCache.js';
import { anyActiveRoleManager } from '../users/anyActiveRoleManager.js';
import { findPermissionIds } from './findPermissionIds.js';
import { findRoles } from './findRoles.js';
import { lockForRoleChange } from './lockForRoleChange.js';
import type { RoleChangeRequest, UpdateRoleInput } from './RoleInput.js';
import type { RoleView } from './RoleView.js';
import { isRoleName, validPermissionNames, validRoleDescription } from './validateRoleInput.js';

/**
 * Changes a role's description and/or its whole permission set (system roles too: that is how
 * an installation tailors "staff"). Refuses a change that leaves no active user holding
 * roles:manage. After commit, rewrites the cache entry of every holder of the role.
 */
export async function updateRole(
  em: EntityManager,
  cache: PermissionCache,
  logger: Logger,
  request: RoleChangeRequest & { name: string; input: UpdateRoleInput },
): Promise<RoleView> {
  const { input } = request;
  const description =
    input.description == null ? undefined : validRoleDescription(input.description);
  const permissions =
    input.permissions == null ? undefined : validPermissionNames(input.permissions);

  const { role, holders } = await em.transactional(async (tx) => {
    await lockForRoleChange(tx, request.actorId);
    const [before] = isRoleName(request.name) ? await findRoles(tx, request.name) : [];
    if (!before) {
      throw errors.roleNotFound(request.name);
    }
    const [row] = await tx.execute('select id from roles where name = ?', [request.name]);
    const roleId = row!['id'] as number;

    if (description !== undefined) {
      await tx.execute('update roles set description = ? where id = ?', [description, roleId]);
    }
    if (permissions !== undefined) {
      const permissionIds = await findPermissionIds(tx, permissions);
      await tx.execute('delete from role_permissions where role_id = ?', [roleId]);
      for (const permissionId of permissionIds) {
        await tx.execute('insert into role_permissions (role_id, permission_id) values (?, ?)', [
          roleId,
          permissionId,
        ]);
      }
      if (!(await anyActiveRoleManager(tx))) {
        throw errors.lastRoleManager();
      }
    }

    const [after] = await findRoles(tx, request.name);
    await writeAuditEntry(tx, {
      actorId: request.actorId,
      requestId: request.requestId,
      action: 'updateRole',
      targetType: 'role',
      targetId: request.name,
      before: { ...before },
      after: { ...after },
    });
    const holderRows: Array<{ user_id: string }> = await tx.execute(
      'select user_id from user_roles where role_id = ?',
      [roleId],
    );
    const holders = holderRows.map((holder) => holder.user_id);
    if (permissions !== undefined) {
      await enqueuePermissionRefresh(tx, holders);
    }
    return { role: after!, holders };
  });

  logger.info(
    { role: role.name, actorId: request.actorId, holders: holders.length },
    'role updated',
  );
  if (permissions !== undefined && !(await cache.tryRefreshUsers(em, holders))) {
    throw errors.permissionCacheStale();
  }
  return role;
}
