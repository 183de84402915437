import type { Redis } from 'ioredis';

import type { LoginLimits } from '../config/UsersConfig.js';
import type { Logger } from '../logging/createLogger.js';
import { isValidUsername } from './isValidUsername.js';

const KEY_PREFIX = 'courtgraph:login-failures:v1:';

/** Who attempts a login: the username as typed and the client's socket address. */
export interface LoginAttempt {
  username: string;
  clientAddress: string;
}

/**
 * Counts failed logins in Redis per account and per client address, each in a fixed window
 * that starts with the first failure. Counting is by the name typed, whether or not such an
 * account exists, so being blocked reveals nothing about which usernames are taken.
 *
 * Concurrent attempts may all pass the check before any failure is counted, so a burst can
 * overshoot a limit by its own size; the limit still caps sustained guessing.
 *
 * If Redis is unreachable the limiter lets logins through and logs a warning: an outage of the
 * cache must not lock every user out, and argon2 still makes each guess slow. This fails open
 * on purpose, for the limiter only.
 */
export class LoginFailureLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limits: LoginLimits,
    private readonly logger: Logger,
  ) {}

  /** Seconds until the attempt may be tried again; 0 when no limit is reached. */
  async retryAfterSeconds(attempt: LoginAttempt, logger = this.logger): Promise<number> {
    const counters = this.counters(attempt);
    try {
      const pipeline = this.redis.multi();
      for (const counter of counters) {
        pipeline.get(counter.key).pttl(counter.key);
      }
      const replies = (await pipeline.exec()) ?? [];
      const failed = replies.find(([error]) => error)?.[0];
      if (failed) {
        throw failed;
      }
      let waitMs = 0;
      counters.forEach((counter, i) => {
        const count = replies[2 * i]?.[1];
        const ttlMs = replies[2 * i + 1]?.[1];
        if (Number(count ?? 0) >= counter.max) {
          // A counter without expiry cannot come from recordFailure; wait a full window.
          const remaining = Number(ttlMs) > 0 ? Number(ttlMs) : this.limits.windowSeconds * 1000;
          waitMs = Math.max(waitMs, remaining);
        }
      });
      return Math.ceil(waitMs / 1000);
    } catch (error) {
      logger.warn({ err: error }, 'login limiter unavailable: login allowed without the check');
      return 0;
    }
  }

  async recordFailure(attempt: LoginAttempt, logger = this.logger): Promise<void> {
    try {
      const transaction = this.redis.multi();
      for (const { key } of this.counters(attempt)) {
        // NX: only the first failure starts the window; later ones do not extend it.
        transaction.incr(key).expire(key, this.limits.windowSeconds, 'NX');
      }
      await transaction.exec();
    } catch (error) {
      logger.warn({ err: error }, 'login limiter unavailable: failed login not counted');
    }
  }

  /** After a successful login the account starts afresh; the address count stays. */
  async clearAccount(attempt: LoginAttempt, logger = this.logger): Promise<void> {
    const key = accountKey(attempt.username);
    if (key === undefined) {
      return;
    }
    try {
      await this.redis.del(key);
    } catch (error) {
      logger.warn({ err: error }, 'login limiter unavailable: account counter not cleared');
    }
  }

  private counters(attempt: LoginAttempt): Array<{ key: string; max: number }> {
    const account = accountKey(attempt.username);
    return [
      ...(account === undefined ? [] : [{ key: account, max: this.limits.maxFailuresPerAccount }]),
      { key: addressKey(attempt.clientAddress), max: this.limits.maxFailuresPerAddress },
    ];
  }
}

/**
 * Usernames are unique regardless of case, so the counter is per lower-cased name. A name
 * outside the username rule cannot be an account and gets no account counter (it would only
 * let arbitrary text into Redis keys); its failures still count for the address.
 */
export function accountKey(username: string): string | undefined {
  return isValidUsername(username) ? `${KEY_PREFIX}account:${username.toLowerCase()}` : undefined;
}

export function addressKey(clientAddress: string): string {
  return `${KEY_PREFIX}address:${clientAddress}`;
}
