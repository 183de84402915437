import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { registerUser } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/testService.js';

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

let t: TestService;

beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.reset();
});

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
});
