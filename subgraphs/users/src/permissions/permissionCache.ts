import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';

import type { Logger } from '../logging/createLogger.js';
import { loadEffectivePermissions } from './loadEffectivePermissions.js';
import { withPermissionChangeLock } from './permissionChangeLock.js';
import {
  PERMISSION_KEY_PREFIX,
  SYNC_MARKER_KEY,
  permissionEntry,
  permissionKey,
  permissionRevKey,
} from './permissionCacheFormat.js';
import { WRITE_ENTRY_SCRIPT } from './writeEntryScript.js';

/** How many keys one SCAN step asks for; a hint to Redis, not a limit. */
const SCAN_COUNT = 500;

/**
 * The only writer of the permission cache. Every method reads the committed state from
 * PostgreSQL, so callers invoke it after their transaction commits: a rolled-back change can
 * never reach Redis. It always writes whole sets with one SET, never diffs.
 */
export class PermissionCache {
  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Rewrites one user's entry, or deletes it when the user is inactive or gone. */
  async refreshUser(em: EntityManager, userId: string): Promise<void> {
    await withPermissionChangeLock(em, (tx) => this.writeLocked(tx, [userId]));
  }

  /**
   * Writes the current sets of `userIds` (deleting the entries of inactive or unknown users).
   * The caller holds the permission-change lock in `tx`, so no change commits between the read
   * and the write. Each write carries a revision drawn under that lock, and a Lua script
   * applies it only if it is newer than the last one applied: a write that reaches Redis late
   * (e.g. resent by ioredis after a reconnect) can never overwrite a newer one.
   */
  async writeLocked(tx: EntityManager, userIds: readonly string[]): Promise<void> {
    const sets = await loadEffectivePermissions(tx, userIds);
    const rev = await nextRevision(tx);
    const now = this.now();
    const writes = this.redis.pipeline();
    for (const userId of userIds) {
      const permissions = sets.get(userId.toLowerCase());
      const value =
        permissions === undefined ? '' : JSON.stringify(permissionEntry(userId, permissions, now));
      writes.eval(
        WRITE_ENTRY_SCRIPT,
        2,
        permissionKey(userId),
        permissionRevKey(userId),
        rev,
        value,
      );
    }
    await execPipeline(writes);
  }

  /**
   * Like `refreshUser`, but a Redis failure does not throw. If the new set cannot be written
   * it tries to delete the old one (readers treat a missing key as "no permissions"), so a
   * revoked right never stays granted. Returns whether the entry is now accurate.
   */
  async tryRefreshUser(em: EntityManager, userId: string): Promise<boolean> {
    try {
      await this.refreshUser(em, userId);
      return true;
    } catch (error) {
      this.logger.error({ err: error, userId }, 'permission cache write failed');
      await this.redis.del(permissionKey(userId)).catch((deleteError: unknown) => {
        this.logger.error({ err: deleteError, userId }, 'permission cache delete failed');
      });
      return false;
    }
  }

  /**
   * `refreshUser` for many users at once (e.g. every holder of a role whose permissions
   * changed): one lock, one read, one pipeline. On failure it tries to delete all their
   * entries, like `tryRefreshUser`, and returns false.
   */
  async tryRefreshUsers(em: EntityManager, userIds: readonly string[]): Promise<boolean> {
    if (userIds.length === 0) {
      return true;
    }
    try {
      await withPermissionChangeLock(em, (tx) => this.writeLocked(tx, userIds));
      return true;
    } catch (error) {
      this.logger.error({ err: error, users: userIds.length }, 'permission cache write failed');
      await this.redis.del(...userIds.map(permissionKey)).catch((deleteError: unknown) => {
        this.logger.error({ err: deleteError }, 'permission cache delete failed');
      });
      return false;
    }
  }

  /** Deletes a deactivated or deleted user's entry. */
  async removeUser(userId: string): Promise<void> {
    await this.redis.del(permissionKey(userId));
  }

  /**
   * Start-up sync: writes every active user's set, deletes every other user key (found with
   * SCAN, never KEYS, so Redis is not blocked), then sets the sync marker. It holds the
   * permission-change lock throughout, so no change can commit between its read and its writes.
   */
  async syncAll(em: EntityManager): Promise<{ written: number; removed: number }> {
    return withPermissionChangeLock(em, (tx) => this.syncAllLocked(tx));
  }

  private async syncAllLocked(em: EntityManager): Promise<{ written: number; removed: number }> {
    const sets = await loadEffectivePermissions(em);
    const rev = await nextRevision(em);
    const now = this.now();

    const writes = this.redis.pipeline();
    for (const [userId, permissions] of sets) {
      const value = JSON.stringify(permissionEntry(userId, permissions, now));
      writes.eval(
        WRITE_ENTRY_SCRIPT,
        2,
        permissionKey(userId),
        permissionRevKey(userId),
        rev,
        value,
      );
    }
    await execPipeline(writes);

    let removed = 0;
    const stream = this.redis.scanStream({ match: `${PERMISSION_KEY_PREFIX}*`, count: SCAN_COUNT });
    for await (const batch of stream as AsyncIterable<string[]>) {
      const stale = batch.filter((key) => !sets.has(key.slice(PERMISSION_KEY_PREFIX.length)));
      if (stale.length > 0) {
        removed += await this.redis.del(...stale);
      }
    }

    await this.redis.set(SYNC_MARKER_KEY, now.toISOString());
    this.logger.info({ written: sets.size, removed }, 'permission cache synced');
    return { written: sets.size, removed };
  }
}

/** Next cache revision; drawn under the permission-change lock, so later means newer data. */
async function nextRevision(tx: EntityManager): Promise<string> {
  const [row] = await tx.execute<Array<{ rev: string }>>(
    "select nextval('permission_cache_rev')::text as rev",
  );
  return row!.rev;
}

async function execPipeline(pipeline: ReturnType<Redis['pipeline']>): Promise<void> {
  const results = (await pipeline.exec()) ?? [];
  const failure = results.find(([error]) => error !== null)?.[0];
  if (failure) {
    throw failure;
  }
}
