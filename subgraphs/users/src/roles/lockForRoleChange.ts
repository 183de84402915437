import type { EntityManager } from '@mikro-orm/postgresql';

import { errors } from '../errors/errors.js';
import { PERMISSION_CHANGE_LOCK_KEY } from '../permissions/permissionChangeLock.js';
import { hasPermission } from '../users/hasPermission.js';

const MANAGE_ROLES = 'roles:manage';

/**
 * First step of every role change inside its transaction: take the permission-change lock
 * (so role changes, role assignments and cache writes are ordered, and the "someone still
 * holds roles:manage" check cannot race), then check the actor still holds roles:manage.
 */
export async function lockForRoleChange(tx: EntityManager, actorId: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(?)', [PERMISSION_CHANGE_LOCK_KEY]);
  if (!(await hasPermission(tx, actorId, MANAGE_ROLES))) {
    throw errors.missingPermission(MANAGE_ROLES);
  }
}
