import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { courtsErrors } from '../errors/courtsErrors.js';
import { parsePermissionEntry, permissionCacheKey } from './permissionCacheEntry.js';

export type PermissionReader = (userId: string) => Promise<ReadonlySet<string>>;

const NONE: ReadonlySet<string> = new Set();

/**
 * Reads a user's effective permissions from the cache the users subgraph writes. Made once per
 * request, so each user costs one `GET` per request however many guarded fields run. Never asks
 * the users subgraph. Redis failures and a missing entry become SERVICE_UNAVAILABLE (retryable);
 * a corrupt entry counts as no permissions (FORBIDDEN). An unreadable cache never allows.
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
    // A missing key means "not written yet", not "holds nothing": users writes an empty set as
    // `"permissions":[]`. Refuse as retryable so that neither a grant nor a FORBIDDEN is given.
    if (raw === null) {
      logger.warn({ userId }, 'no permission cache entry yet; refused as retryable');
      throw courtsErrors.permissionsNotCached();
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
