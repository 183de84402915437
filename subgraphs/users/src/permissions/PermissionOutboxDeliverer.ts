import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';

import type { Logger } from '../logging/createLogger.js';
import type { PermissionCache } from './permissionCache.js';
import { withPermissionChangeLock } from './permissionChangeLock.js';

export interface OutboxTiming {
  /** Pause between polls of an empty outbox. */
  pollMs: number;
  /** First retry delay after a failure; doubles per failure up to `maxBackoffMs`. */
  minBackoffMs: number;
  maxBackoffMs: number;
}

const DEFAULT_TIMING: OutboxTiming = { pollMs: 1_000, minBackoffMs: 250, maxBackoffMs: 5_000 };
/** Outbox rows handled per transaction; keeps the permission-change lock held briefly. */
const BATCH_SIZE = 500;

/**
 * Delivers the permission outbox to Redis: the guarantee behind the after-commit fast path.
 * For each batch of pending rows it writes the users' CURRENT sets (under the
 * permission-change lock, like `refreshUser`) and deletes exactly the rows it read, in one
 * transaction: a Redis failure rolls the deletion back and the rows wait for the next try.
 * Delivery is idempotent (whole sets, revision-checked), so a repeat does no harm.
 */
export class PermissionOutboxDeliverer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly cache: PermissionCache,
    private readonly redis: Redis,
    private readonly fork: () => EntityManager,
    private readonly logger: Logger,
    private readonly timing: OutboxTiming = DEFAULT_TIMING,
  ) {}

  start(): void {
    // Redis is back: deliver now rather than after the current backoff.
    this.redis.on('ready', this.wake);
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.redis.off('ready', this.wake);
    await this.running;
  }

  /**
   * Delivers every pending row now; returns how many rows were delivered. Throws when Redis
   * or PostgreSQL fails (the rows then stay pending).
   */
  async deliverPending(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const count = await this.deliverBatch(this.fork());
      delivered += count;
      if (count < BATCH_SIZE) {
        return delivered;
      }
    }
  }

  private readonly wake = (): void => {
    this.failures = 0;
    this.schedule(0);
  };

  private schedule(delayMs: number): void {
    if (this.stopped) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delayMs);
    // Never keeps the process alive on its own.
    this.timer.unref();
  }

  private tick(): void {
    if (this.running) {
      this.schedule(this.timing.pollMs);
      return;
    }
    this.running = this.runOnce().finally(() => {
      this.running = undefined;
    });
  }

  private async runOnce(): Promise<void> {
    try {
      // While Redis is away, do not take the lock just to wait for a command to fail.
      if (this.redis.status !== 'ready') {
        throw new Error(`redis is ${this.redis.status}`);
      }
      const delivered = await this.deliverPending();
      if (delivered > 0) {
        this.logger.info({ delivered }, 'permission outbox delivered');
      }
      this.failures = 0;
      this.schedule(this.timing.pollMs);
    } catch (error) {
      this.failures += 1;
      const delay = Math.min(
        this.timing.minBackoffMs * 2 ** (this.failures - 1),
        this.timing.maxBackoffMs,
      );
      this.logger.warn(
        { err: error, failures: this.failures, retryInMs: delay },
        'permission outbox delivery failed; will retry',
      );
      this.schedule(delay);
    }
  }

  private async deliverBatch(em: EntityManager): Promise<number> {
    // Cheap check first: an empty outbox must not take the lock every poll.
    const [pending] = await em.execute<Array<{ any: boolean }>>(
      'select exists (select 1 from permission_outbox) as any',
    );
    if (!pending?.any) {
      return 0;
    }
    return withPermissionChangeLock(em, async (tx) => {
      // `users` comes first in FROM, so it is locked before `permission_outbox`: the order in
      // which `truncate users cascade` locks them. The other order deadlocks with it.
      const rows = await tx.execute<Array<{ id: string; user_id: string }>>(
        `select o.id, o.user_id
           from users u join permission_outbox o on o.user_id = u.id
          order by o.id limit ?`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) {
        return 0;
      }
      // Rows read before the sets are read: every one of them is covered by this write.
      await this.cache.writeLocked(tx, [...new Set(rows.map((row) => row.user_id))]);
      await tx.execute('delete from permission_outbox where id in (?)', [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }
}
