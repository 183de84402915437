import { describe, expect, it } from '@jest/globals';

import { REGISTER } from '../support/fixtures.js';
import { startTestService } from '../support/testService.js';

describe('stop()', () => {
  it('finishes an in-flight request, then refuses new connections', async () => {
    const t = await startTestService();
    await t.reset();

    // Registration hashes with argon2id, so it is still running when stop() begins.
    const inFlight = t.gql(REGISTER, {
      input: {
        username: 'latecomer',
        email: 'late@example.com',
        password: 'a long passphrase',
        displayName: 'Late',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const stopping = t.service.stop();

    const result = await inFlight;
    expect(result.body.errors).toBeUndefined();
    await stopping;
    await expect(t.service.stop()).resolves.toBeUndefined();
    await expect(fetch(`${t.service.url}/health/live`)).rejects.toThrow();
    t.redis.disconnect();
  });
});
