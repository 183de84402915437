import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { grantRole, registerUser } from '../support/fixtures.js';
import { captureLogs, startTestService, type TestService } from '../support/testService.js';

const LOGIN = /* GraphQL */ `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
      tokenType
      expiresIn
      user {
        id
        username
      }
    }
  }
`;

const LOGIN_WITH_PERMISSIONS = /* GraphQL */ `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
      user {
        id
        permissions
      }
    }
  }
`;
const ENTITY_PERMISSIONS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on User {
        permissions
      }
    }
  }
`;

let t: TestService;
const { logger, logs } = captureLogs('trace');

beforeAll(async () => {
  t = await startTestService({ logger });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.reset();
  logs.lines.length = 0;
});

async function timedLogin(username: string, password: string) {
  const startedAt = performance.now();
  const result = await t.gql(LOGIN, { username, password });
  return { result, ms: performance.now() - startedAt };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('login', () => {
  it('returns a token for the right password, whatever the username case', async () => {
    const user = await registerUser(t, { username: 'Lena', password: 'volley ball 42' });

    const result = await t.gql<{ login: { accessToken: string; user: { id: string } } }>(LOGIN, {
      username: 'lena',
      password: 'volley ball 42',
    });

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.login.user.id).toBe(user.id);
    const verify = await fetch(`${t.service.url}/auth/verify`, {
      headers: { authorization: `Bearer ${result.body.data!.login.accessToken}` },
    });
    expect(verify.headers.get('x-auth-user')).toBe(user.id);
  });

  it('answers a wrong password and an unknown user with the same code and message', async () => {
    await registerUser(t, { username: 'known', password: 'right password' });

    const wrongPassword = await t.gql(LOGIN, { username: 'known', password: 'wrong password' });
    const unknownUser = await t.gql(LOGIN, { username: 'nobody', password: 'right password' });

    for (const result of [wrongPassword, unknownUser]) {
      expect(result.body.data ?? null).toBeNull();
      expect(result.body.errors).toEqual([
        expect.objectContaining({
          message: 'Invalid username or password.',
          extensions: { code: 'UNAUTHENTICATED' },
        }),
      ]);
      expect(result.text).not.toContain('stacktrace');
      expect(result.text).not.toContain('$argon2');
    }
  });

  it('refuses an inactive user with the same answer', async () => {
    const user = await registerUser(t, { username: 'gone', password: 'right password' });
    await t.service.services.orm.em
      .fork()
      .execute('update users set active = false where id = ?', [user.id]);

    const result = await t.gql(LOGIN, { username: 'gone', password: 'right password' });

    expect(result.body.errors![0]).toMatchObject({
      message: 'Invalid username or password.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('lets the user read their own permissions in the same request', async () => {
    const user = await registerUser(t, { username: 'keeper', password: 'right password' });
    await grantRole(t, user.id, 'staff');

    const result = await t.gql(LOGIN_WITH_PERMISSIONS, {
      username: 'keeper',
      password: 'right password',
    });

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({
      login: {
        accessToken: expect.any(String),
        user: { id: user.id, permissions: ['courts:create', 'courts:update'] },
      },
    });
  });

  it('makes no one a viewer beyond the login payload', async () => {
    const user = await registerUser(t, { username: 'keeper', password: 'right password' });
    await t.gql(LOGIN_WITH_PERMISSIONS, { username: 'keeper', password: 'right password' });

    const later = await t.gql(ENTITY_PERMISSIONS, {
      representations: [{ __typename: 'User', id: user.id }],
    });
    expect(later.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    ['a NUL', 'demo\u0000user'],
    ['a bell', 'demo\u0007user'],
    ['a space', 'demo user'],
    ['33 characters', 'x'.repeat(33)],
  ])('refuses a username with %s like an unknown one, without a query', async (_case, username) => {
    const { result } = await timedLogin(username, 'right password');

    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors).toEqual([
      expect.objectContaining({
        message: 'Invalid username or password.',
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
    expect(logs.lines.filter((line) => line['namespace'] === 'query')).toEqual([]);
    expect(logs.lines.filter((line) => line['level'] === 'error')).toEqual([]);
  });

  it('spends the dummy-hash time on a username that cannot exist', async () => {
    await timedLogin('warmup', 'right password');
    const unknown: number[] = [];
    const impossible: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      unknown.push((await timedLogin('nobody', 'right password')).ms);
      impossible.push((await timedLogin('no\u0000body', 'right password')).ms);
    }
    // An argon2id verification takes tens of milliseconds; skipping it would take about one.
    expect(median(impossible)).toBeGreaterThan(median(unknown) * 0.5);
  });
});

describe('login with a password typed in another Unicode form', () => {
  const composed = 'p\u00E4ssword1';
  const decomposed = 'pa\u0308ssword1';

  it.each([
    ['NFC', 'NFD', composed, decomposed],
    ['NFD', 'NFC', decomposed, composed],
  ])('signs in with a password registered in %s and typed in %s', async (_a, _b, stored, typed) => {
    const user = await registerUser(t, { password: stored });

    const result = await t.gql<{ login: { user: { id: string } } }>(LOGIN, {
      username: user.username,
      password: typed,
    });

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.login.user.id).toBe(user.id);
  });

  it('still refuses a different password that only looks alike', async () => {
    const user = await registerUser(t, { password: composed });
    // U+0430 CYRILLIC SMALL LETTER A is not a Latin "a" in any normal form.
    const result = await t.gql(LOGIN, { username: user.username, password: 'p\u0430ssword1' });
    expect(result.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
