import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { writeAuditEntry } from '../audit/writeAuditEntry.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import { findPermissionIds } from './findPermissionIds.js';
import { findRoles } from './findRoles.js';
import { lockForRoleChange } from './lockForRoleChange.js';
import type { CreateRoleInput, RoleChangeRequest } from './RoleInput.js';
import type { RoleView } from './RoleView.js';
import { validPermissionNames, validRoleDescription, validRoleName } from './validateRoleInput.js';

/**
 * Creates a non-system role. Nobody holds it yet, so no permission cache entry changes. A
 * taken name is decided by the unique constraint, not by a prior SELECT.
 */
export async function createRole(
  em: EntityManager,
  logger: Logger,
  request: RoleChangeRequest & { input: CreateRoleInput },
): Promise<RoleView> {
  const name = validRoleName(request.input.name);
  const description = validRoleDescription(request.input.description);
  const permissions = validPermissionNames(request.input.permissions);

  try {
    const role = await em.transactional(async (tx) => {
      await lockForRoleChange(tx, request.actorId);
      const permissionIds = await findPermissionIds(tx, permissions);
      const [inserted] = await tx.execute(
        'insert into roles (name, description, system) values (?, ?, false) returning id',
        [name, description],
      );
      for (const permissionId of permissionIds) {
        await tx.execute('insert into role_permissions (role_id, permission_id) values (?, ?)', [
          inserted?.['id'],
          permissionId,
        ]);
      }
      const [created] = await findRoles(tx, name);
      await writeAuditEntry(tx, {
        actorId: request.actorId,
        requestId: request.requestId,
        action: 'createRole',
        targetType: 'role',
        targetId: name,
        before: null,
        after: { ...created },
      });
      return created!;
    });
    logger.info({ role: name, actorId: request.actorId }, 'role created');
    return role;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw errors.roleNameTaken();
    }
    throw error;
  }
}
