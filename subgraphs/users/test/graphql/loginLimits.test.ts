import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import type { LoginLimits } from '../../src/config/UsersConfig.js';
import { registerUser } from '../support/fixtures.js';
import { startTestService, testConfig, type TestService } from '../support/testService.js';

const LOGIN = /* GraphQL */ `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
      user {
        id
      }
    }
  }
`;
const PASSWORD = 'right password';
const ACCOUNT_KEY = 'courtgraph:login-failures:v1:account:';

function useService(loginLimits: LoginLimits): () => TestService {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ config: testConfig({ loginLimits }) });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.reset();
  });
  return () => t;
}

async function login(t: TestService, username: string, password: string) {
  return t.gql<{ login: { user: { id: string } } }>(LOGIN, { username, password });
}

async function failTimes(t: TestService, username: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const result = await login(t, username, 'wrong password');
    expect(result.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  }
}

function expectTooMany(result: Awaited<ReturnType<typeof login>>, maxSeconds: number): void {
  expect(result.body.data ?? null).toBeNull();
  expect(result.body.errors).toHaveLength(1);
  const error = result.body.errors![0]!;
  expect(error.extensions).toEqual({
    code: 'TOO_MANY_REQUESTS',
    retryAfterSeconds: expect.any(Number),
  });
  const retryAfter = error.extensions!['retryAfterSeconds'] as number;
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  expect(error.message).toBe(
    `Too many failed sign-ins. Wait ${retryAfter} seconds, then try again.`,
  );
  expect(result.text).not.toContain('stacktrace');
}

describe('login failure limits (defaults: 10 per account, 100 per address, 15 minutes)', () => {
  const t = useService({
    maxFailuresPerAccount: 10,
    maxFailuresPerAddress: 100,
    windowSeconds: 900,
  });

  it('refuses even the right password after 10 failures, without checking it', async () => {
    await registerUser(t(), { username: 'target', password: PASSWORD });
    await failTimes(t(), 'target', 9);
    // Nine failures leave the account usable.
    expect((await login(t(), 'TARGET', PASSWORD)).body.errors).toBeUndefined();
    await failTimes(t(), 'Target', 10);

    expectTooMany(await login(t(), 'target', PASSWORD), 900);
    // A wrong password gets the same answer: guesses are no longer checked.
    expectTooMany(await login(t(), 'target', 'wrong password'), 900);
    expect(await t().redis.get(`${ACCOUNT_KEY}target`)).toBe('10');
  });

  it('counts an unknown username like a real one, so the answer reveals nothing', async () => {
    await failTimes(t(), 'nobody', 10);
    expectTooMany(await login(t(), 'nobody', PASSWORD), 900);
  });

  it('leaves other accounts unaffected', async () => {
    await registerUser(t(), { username: 'target', password: PASSWORD });
    const other = await registerUser(t(), { username: 'bystander', password: PASSWORD });
    await failTimes(t(), 'target', 10);

    const result = await login(t(), 'bystander', PASSWORD);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.login.user.id).toBe(other.id);
  });

  it('clears the account count on success', async () => {
    await registerUser(t(), { username: 'forgetful', password: PASSWORD });
    await failTimes(t(), 'forgetful', 9);
    expect((await login(t(), 'forgetful', PASSWORD)).body.errors).toBeUndefined();
    expect(await t().redis.exists(`${ACCOUNT_KEY}forgetful`)).toBe(0);

    await failTimes(t(), 'forgetful', 9);
    expect((await login(t(), 'forgetful', PASSWORD)).body.errors).toBeUndefined();
  });

  it('sets the window once, at the first failure', async () => {
    await failTimes(t(), 'someone', 2);
    const ttl = await t().redis.ttl(`${ACCOUNT_KEY}someone`);
    expect(ttl).toBeGreaterThan(890);
    expect(ttl).toBeLessThanOrEqual(900);
    expect(await t().redis.ttl('courtgraph:login-failures:v1:address:127.0.0.1')).toBeGreaterThan(
      890,
    );
  });
});

describe('login failure limits with a short window', () => {
  const t = useService({ maxFailuresPerAccount: 3, maxFailuresPerAddress: 5, windowSeconds: 2 });

  it('lets the account in again once the window has passed', async () => {
    await registerUser(t(), { username: 'patient', password: PASSWORD });
    await failTimes(t(), 'patient', 3);
    expectTooMany(await login(t(), 'patient', PASSWORD), 2);

    await new Promise((resolve) => setTimeout(resolve, 2_100));

    expect((await login(t(), 'patient', PASSWORD)).body.errors).toBeUndefined();
  });

  it('limits one client address across accounts', async () => {
    await registerUser(t(), { username: 'innocent', password: PASSWORD });
    for (const name of ['guess1', 'guess2', 'guess3', 'guess4', 'no\u0000name']) {
      await failTimes(t(), name, 1);
    }

    expectTooMany(await login(t(), 'innocent', PASSWORD), 2);
  });
});
