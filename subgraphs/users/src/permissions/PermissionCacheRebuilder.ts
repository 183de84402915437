import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';

import type { Logger } from '../logging/createLogger.js';
import type { PermissionCache } from './permissionCache.js';
import { SYNC_MARKER_KEY } from './permissionCacheFormat.js';

/**
 * Rebuilds the cache by itself when Redis loses it (restart without persistence, FLUSHDB,
 * eviction): the sync marker is set only by a full sync, so its absence means the entries
 * may be gone too. Checked every `intervalMs` and at once whenever ioredis reconnects.
 */
export class PermissionCacheRebuilder {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly cache: PermissionCache,
    private readonly redis: Redis,
    private readonly fork: () => EntityManager,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.redis.on('ready', this.check);
    this.timer = setInterval(this.check, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.redis.off('ready', this.check);
    await this.running;
  }

  /** Runs a full sync when the marker is missing; one check at a time. */
  readonly check = (): void => {
    if (this.running || this.redis.status !== 'ready') {
      return;
    }
    this.running = this.rebuildIfLost().finally(() => {
      this.running = undefined;
    });
  };

  private async rebuildIfLost(): Promise<void> {
    try {
      if ((await this.redis.exists(SYNC_MARKER_KEY)) === 1) {
        return;
      }
      this.logger.warn('permission cache sync marker missing; rebuilding the cache');
      await this.cache.syncAll(this.fork());
    } catch (error) {
      // The next check retries; nothing else to do meanwhile.
      this.logger.warn({ err: error }, 'permission cache rebuild failed; will retry');
    }
  }
}
