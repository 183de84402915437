import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * A Redis client tuned to fail fast: a guarded request must be refused quickly when the cache is
 * down, never left hanging. Reconnection keeps running in the background.
 */
export function createRedisClient(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    // Commands sent while disconnected fail at once instead of waiting in a queue.
    enableOfflineQueue: false,
    // One retry of a command cut by a dropped connection, then the caller gets the error.
    maxRetriesPerRequest: 1,
    // Milliseconds allowed for the TCP connect and for any single command.
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    // Milliseconds a closing socket gets before it is destroyed. ioredis 5.9.2 also arms this
    // timer for a socket that already died (Redis down), keeping the process alive that long.
    disconnectTimeout: 500,
    // Back off 100 ms per attempt, capped at 2 s, forever: the cache may come back.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    lazyConnect: true,
  });

  // Without an `error` listener ioredis prints to the console; log once per outage instead.
  let healthy = true;
  redis.on('error', (error: Error) => {
    if (healthy) logger.error({ err: error }, 'redis connection error');
    healthy = false;
  });
  redis.on('ready', () => {
    if (!healthy) logger.info('redis connection restored');
    healthy = true;
  });
  return redis;
}

/**
 * Connects without blocking start-up on an outage: resolves `true` once ready, `false` after the
 * first failure or `timeoutMs`. Either way the client keeps reconnecting on its own.
 */
export function connectRedis(redis: Redis, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    redis.connect().then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}
