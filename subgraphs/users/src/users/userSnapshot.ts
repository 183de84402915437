import type { EntityManager } from '@mikro-orm/postgresql';

import type { User } from '../database/entities/User.js';
import { findRoleNamesByUserIds } from './findRoleNamesByUserIds.js';

/**
 * What the audit log records of a user. Built field by field so that the password hash (or
 * any column added later) can never slip in.
 */
export async function userSnapshot(
  tx: EntityManager,
  user: User,
): Promise<Record<string, unknown>> {
  const roles = (await findRoleNamesByUserIds(tx, [user.id])).get(user.id) ?? [];
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    displayName: user.displayName,
    active: user.active,
    roles,
  };
}
