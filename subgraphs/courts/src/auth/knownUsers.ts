import type { Redis } from 'ioredis';

import { courtsErrors } from '../errors/courtsErrors.js';
import { permissionCacheKey } from './permissionCacheEntry.js';

/** Whether a user id names an active account (see createKnownUsers). */
export type KnownUsers = (userId: string) => Promise<boolean>;

/**
 * Tells whether an id names an active user without asking the users subgraph: the permission
 * cache holds an entry for every active user and none for a deactivated or deleted one
 * (docs/contracts/permission-cache.md). Used when staff book for someone else, so that a
 * mistyped id cannot hold a court for nobody. An unreachable Redis is SERVICE_UNAVAILABLE.
 */
export function createKnownUsers(redis: Redis): KnownUsers {
  return async (userId) => {
    try {
      return (await redis.exists(permissionCacheKey(userId.toLowerCase()))) === 1;
    } catch {
      throw courtsErrors.permissionsUnavailable();
    }
  };
}
