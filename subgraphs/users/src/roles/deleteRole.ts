import type { EntityManager } from '@mikro-orm/postgresql';

import { writeAuditEntry } from '../audit/writeAuditEntry.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import { findRoles } from './findRoles.js';
import { lockForRoleChange } from './lockForRoleChange.js';
import type { RoleChangeRequest } from './RoleInput.js';
import { isRoleName } from './validateRoleInput.js';

/**
 * Deletes a non-system role that nobody holds. A held role is refused (CONFLICT, with the
 * number of holders) rather than silently taken from users: revoking is a separate, audited
 * decision per user. Since nobody holds it, no permission cache entry changes.
 */
export async function deleteRole(
  em: EntityManager,
  logger: Logger,
  request: RoleChangeRequest & { name: string },
): Promise<boolean> {
  await em.transactional(async (tx) => {
    await lockForRoleChange(tx, request.actorId);
    const [before] = isRoleName(request.name) ? await findRoles(tx, request.name) : [];
    if (!before) {
      throw errors.roleNotFound(request.name);
    }
    if (before.system) {
      throw errors.systemRole(request.name);
    }
    const [count] = await tx.execute(
      `select count(*) as holders
         from user_roles ur join roles r on r.id = ur.role_id
        where r.name = ?`,
      [request.name],
    );
    const holders = Number(count?.['holders'] ?? 0);
    if (holders > 0) {
      throw errors.roleInUse(request.name, holders);
    }
    await tx.execute('delete from roles where name = ?', [request.name]);
    await writeAuditEntry(tx, {
      actorId: request.actorId,
      requestId: request.requestId,
      action: 'deleteRole',
      targetType: 'role',
      targetId: request.name,
      before: { ...before },
      after: null,
    });
  });
  logger.info({ role: request.name, actorId: request.actorId }, 'role deleted');
  return true;
}
