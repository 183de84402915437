import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { courtsErrors } from '../errors/courtsErrors.js';
import { parsePermissionEntry, permissionCacheKey } from './permissionCacheEntry.js';

export type PermissionReader = (userId: string) => Promise<ReadonlySet<string>>;

const NONE: ReadonlySet<string> = new Set();

/**
 * Reads a user's effective permissions from the cache the users subgraph writes. Made once per
 * request, so each user costs one `GET` per request however many guarded fields run. Never asks
 * the users subgraph. Redis failures become SERVICE_UNAVAILABLE: an unreadable cache never allows.
 */
export function createPermissionReader(redis: Redis, logger: Logger): PermissionReader {
  const memo = new Map<string, Promise<ReadonlySet<string>>>();

  async function read(userId: string): Promise<ReadonlySet<string>> {
    let raw: string | null;
    try {
      raw = await redis.get(permissionCacheKey(userId));
    } catch (error) {
      logger.error({ err: error, userId }, 'permission cache unreachable');
      throw courtsErrors.permissionsUnavailable();
    }
    if (raw === null) {
      logger.info({ userId }, 'no permission cache entry; treating as no permissions');
      return NONE;
    }

    const parsed = parsePermissionEntry(raw, userId);
    if (!parsed.ok) {
      logger.warn({ userId, reason: parsed.reason }, 'bad permission cache entry ignored');
      return NONE;
    }
    return parsed.permissions;
  }

  return (userId) => {
    let pending = memo.get(userId);
    if (!pending) {
      pending = read(userId);
      memo.set(userId, pending);
    }
    return pending;
  };
}
