import type { EntityManager } from '@mikro-orm/postgresql';

import { writeAuditEntry } from '../audit/writeAuditEntry.js';
import { isUserId } from '../auth/isUserId.js';
import { UserSchema, type User } from '../database/entities/User.js';
import { errors } from '../errors/errors.js';
import type { Logger } from '../logging/createLogger.js';
import { enqueuePermissionRefresh } from '../permissions/enqueuePermissionRefresh.js';
import type { PermissionCache } from '../permissions/permissionCache.js';
import { withPermissionChangeLock } from '../permissions/permissionChangeLock.js';
import type { RevocationFeed } from '../revocations/RevocationFeed.js';
import { revokeSessionsOfUser, type RevokedSessions } from '../sessions/revokeSessions.js';
import { publishRevoked } from '../sessions/rotateRefreshToken.js';
import { anyActiveRoleManager } from './anyActiveRoleManager.js';
import { hasPermission } from './hasPermission.js';

const MANAGE_USERS = 'users:manage';

export interface ActiveChange {
  actorId: string;
  userId: string;
  active: boolean;
  /** Recorded in the audit log with the change. */
  requestId: string;
}

interface Collaborators {
  cache: PermissionCache;
  feed: RevocationFeed;
  logger: Logger;
}

/**
 * Deactivates or reactivates a user; both are idempotent. Deactivation ends every session of
 * the user, and after commit tells every replica's /auth/verify (pub/sub) and deletes the
 * user's permission-cache entry. It runs under the permission-change lock, like role changes,
 * so two admins deactivating each other cannot leave nobody holding roles:manage.
 */
export async function setUserActive(
  em: EntityManager,
  { cache, feed, logger }: Collaborators,
  change: ActiveChange,
): Promise<User> {
  const result = await withPermissionChangeLock(em, async (tx) => {
    if (!(await hasPermission(tx, change.actorId, MANAGE_USERS))) {
      throw errors.missingPermission(MANAGE_USERS);
    }
    const target = isUserId(change.userId)
      ? await tx.findOne(UserSchema, { id: change.userId.toLowerCase() })
      : null;
    if (!target) {
      throw errors.userNotFound();
    }
    if (target.active === change.active) {
      return { user: target, revoked: undefined, deactivatedAt: undefined };
    }

    const rows: Array<{ deactivated_at: Date | null }> = await tx.execute(
      `update users set active = ?, updated_at = now(),
              deactivated_at = case when ? then deactivated_at else now() end
        where id = ? returning deactivated_at`,
      [change.active, change.active, target.id],
    );
    target.active = change.active;
    // In the change's transaction: refused below (last roles:manage holder), it rolls back too.
    await writeAuditEntry(tx, {
      actorId: change.actorId,
      action: change.active ? 'reactivateUser' : 'deactivateUser',
      targetType: 'user',
      targetId: target.id,
      before: { active: !change.active },
      after: { active: change.active },
      requestId: change.requestId,
    });
    await enqueuePermissionRefresh(tx, [target.id]);
    if (change.active) {
      return { user: target, revoked: undefined, deactivatedAt: undefined };
    }
    if (!(await anyActiveRoleManager(tx))) {
      throw errors.lastRoleManagerDeactivation();
    }
    const revoked: RevokedSessions = await revokeSessionsOfUser(tx, target.id, 'user-deactivated');
    return { user: target, revoked, deactivatedAt: new Date(rows[0]!.deactivated_at!) };
  });

  const { user, revoked, deactivatedAt } = result;
  if (deactivatedAt) {
    await feed.publish({
      type: 'user-deactivated',
      userId: user.id,
      at: deactivatedAt.toISOString(),
    });
  }
  if (revoked) {
    await publishRevoked(feed, revoked);
  }
  logger.info({ userId: user.id, active: change.active }, 'user activity changed');
  // refreshUser deletes the entry of an inactive user and rewrites that of an active one.
  if (!(await cache.tryRefreshUser(em, user.id))) {
    throw errors.permissionCacheStale();
  }
  return user;
}
