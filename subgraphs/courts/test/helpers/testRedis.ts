import { Redis } from 'ioredis';

import { permissionCacheKey } from '../../src/auth/permissionCacheEntry.js';
import { TEST_REDIS_URL } from './testConfig.js';

/**
 * Plays the users subgraph's part (the cache writer) against db index 2 of the machine's Redis
 * (or a `redis-server` the test started itself). Keys are tracked and deleted one by one: never
 * FLUSHALL, never another db.
 */
export class TestRedis {
  readonly client: Redis;
  private readonly written = new Set<string>();

  constructor(url: string = TEST_REDIS_URL) {
    this.client = new Redis(url, { maxRetriesPerRequest: 1 });
    this.client.on('error', () => undefined);
  }

  async setRaw(key: string, value: string): Promise<void> {
    this.written.add(key);
    await this.client.set(key, value);
  }

  /** Writes a well-formed v1 entry, as the users subgraph would. */
  async grant(userId: string, permissions: string[]): Promise<void> {
    const id = userId.toLowerCase();
    const value = {
      v: 1,
      userId: id,
      permissions: [...new Set(permissions)].sort(),
      updatedAt: new Date().toISOString(),
    };
    await this.setRaw(permissionCacheKey(id), JSON.stringify(value));
  }

  async cleanup(): Promise<void> {
    if (this.written.size > 0) await this.client.del(...this.written);
    this.written.clear();
  }

  async close(): Promise<void> {
    await this.cleanup();
    await this.client.quit();
  }
}
