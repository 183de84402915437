import { describe, expect, it } from '@jest/globals';

import { createRedis } from '../../src/redis/createRedis.js';
import { LoginFailureLimiter } from '../../src/users/LoginFailureLimiter.js';
import { captureLogs } from '../support/testService.js';

describe('LoginFailureLimiter without Redis', () => {
  it('fails open: lets the login through and logs a warning', async () => {
    const { logger, logs } = captureLogs('warn');
    // Nothing listens on port 1 of loopback: every command fails to connect.
    const redis = createRedis('redis://127.0.0.1:1/1', logger);
    const limiter = new LoginFailureLimiter(
      redis,
      { maxFailuresPerAccount: 1, maxFailuresPerAddress: 1, windowSeconds: 60 },
      logger,
    );
    const attempt = { username: 'someone', clientAddress: '127.0.0.1' };
    try {
      await limiter.recordFailure(attempt);
      await limiter.recordFailure(attempt);
      await expect(limiter.retryAfterSeconds(attempt)).resolves.toBe(0);
      await limiter.clearAccount(attempt);
    } finally {
      redis.disconnect();
    }

    const messages = logs.lines.map((line) => line['msg']);
    expect(messages).toContain('login limiter unavailable: login allowed without the check');
    expect(messages).toContain('login limiter unavailable: failed login not counted');
    expect(logs.lines.filter((line) => (line['level'] as number) >= 50)).toEqual([]);
  });
});
