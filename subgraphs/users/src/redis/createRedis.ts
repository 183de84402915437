import { Redis } from 'ioredis';

import type { Logger } from '../logging/createLogger.js';

/**
 * The permission-cache connection. Commands fail fast instead of queueing for ever while
 * Redis is away, so a request reports the outage instead of hanging.
 */
export function createRedis(redisUrl: string, logger: Logger): Redis {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    // At most one retry per command (ioredis default: 20, tens of seconds of waiting).
    maxRetriesPerRequest: 1,
    // Milliseconds to establish the TCP connection before giving up on this attempt.
    connectTimeout: 5_000,
    // Milliseconds a command may wait for its answer. A Redis that accepts connections but
    // never answers would otherwise hold a cache write, and with it the permission-change
    // lock that role changes wait for, until the connection drops.
    commandTimeout: 2_000,
  });
  // Without a listener ioredis prints every connection error to the console.
  redis.on('error', (error: Error) => {
    logger.warn({ err: error }, 'redis connection error');
  });
  return redis;
}
