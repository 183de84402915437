import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import type { RunningUsersService } from '../../src/app.js';
import { permissionKey } from '../../src/permissions/permissionCacheFormat.js';
import { REGISTER, asUser, grantRole, registerUser } from '../support/fixtures.js';
import {
  REFRESH,
  login,
  pollVerify,
  sessionOf,
  startSecondReplica,
  verifyAt,
} from '../support/sessionFixtures.js';
import { startTestService, type TestService } from '../support/testService.js';

const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(userId: $id) { id } }';
const REACTIVATE = 'mutation ($id: ID!) { reactivateUser(userId: $id) { id } }';
const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next)
  }
`;
const PASSWORD = 'correct horse battery';
const TOO_COMMON = /too common|most commonly used/i;

let t: TestService;
let replica: RunningUsersService;

beforeAll(async () => {
  t = await startTestService();
  replica = await startSecondReplica(t);
});
afterAll(async () => {
  await replica.stop();
  await t.close();
});
beforeEach(async () => {
  await t.reset();
});

function errorOf(result: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) {
  return result.body.errors?.[0];
}

async function admin() {
  const user = await registerUser(t);
  await grantRole(t, user.id, 'admin');
  return user;
}

describe('deactivateUser and reactivateUser', () => {
  it('needs users:manage, checked against the database', async () => {
    const staff = await registerUser(t);
    await grantRole(t, staff.id, 'staff');
    const target = await registerUser(t);

    const result = await t.gql(DEACTIVATE, { id: target.id }, asUser(staff.id));

    expect(errorOf(result)?.extensions).toEqual({
      code: 'FORBIDDEN',
      permission: 'users:manage',
    });
    expect((await t.gql(DEACTIVATE, { id: target.id })).body.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
    });
    expect((await verifyAt(replica.url, target.accessToken)).status).toBe(200);
  });

  it('refuses the user at /auth/verify within a second; reactivation restores login', async () => {
    const boss = await admin();
    const target = await registerUser(t);
    const session = await login(t, target.username);
    expect(await t.redis.exists(permissionKey(target.id))).toBe(1);

    const result = await t.gql(DEACTIVATE, { id: target.id }, asUser(boss.id));

    expect(result.body).toEqual({ data: { deactivateUser: { id: target.id } } });
    expect(await pollVerify(replica.url, session.accessToken, 401)).toBe(401);
    expect(await pollVerify(replica.url, target.accessToken, 401)).toBe(401);
    expect(await t.redis.exists(permissionKey(target.id))).toBe(0);
    const refreshed = await t.gql(REFRESH, { refreshToken: session.refreshToken });
    expect(errorOf(refreshed)?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    await expect(login(t, target.username)).rejects.toThrow(/Invalid username or password/);

    const back = await t.gql(REACTIVATE, { id: target.id }, asUser(boss.id));

    expect(back.body).toEqual({ data: { reactivateUser: { id: target.id } } });
    expect(await t.redis.exists(permissionKey(target.id))).toBe(1);
    const fresh = await login(t, target.username);
    expect((await verifyAt(replica.url, fresh.accessToken)).status).toBe(200);
    // Sessions ended by the deactivation stay ended.
    expect((await verifyAt(replica.url, session.accessToken)).status).toBe(401);
  });

  it('refuses to deactivate the last active holder of roles:manage, even themself', async () => {
    const boss = await admin();
    const session = await login(t, boss.username);

    const result = await t.gql(DEACTIVATE, { id: boss.id }, asUser(boss.id));

    expect(errorOf(result)?.extensions).toEqual({ code: 'CONFLICT', field: 'userId' });
    const rows = await t.service.services.orm.em
      .fork()
      .execute('select active from users where id = ?', [boss.id]);
    expect(rows).toEqual([{ active: true }]);
    expect((await verifyAt(replica.url, session.accessToken)).status).toBe(200);

    const second = await admin();
    const allowed = await t.gql(DEACTIVATE, { id: boss.id }, asUser(second.id));
    expect(allowed.body.errors).toBeUndefined();
  });
});

describe('changePassword', () => {
  it('keeps the calling session and ends the others', async () => {
    const user = await registerUser(t);
    const current = await login(t, user.username);
    const other = await login(t, user.username);
    const headers = { ...asUser(user.id), 'x-auth-session': sessionOf(current.accessToken) };

    const result = await t.gql(
      CHANGE_PASSWORD,
      { current: PASSWORD, next: 'a much newer passphrase' },
      headers,
    );

    expect(result.body).toEqual({ data: { changePassword: true } });
    expect(await pollVerify(replica.url, other.accessToken, 401)).toBe(401);
    expect(await pollVerify(replica.url, user.accessToken, 401)).toBe(401);
    expect((await verifyAt(replica.url, current.accessToken)).status).toBe(200);
    const kept = await t.gql(REFRESH, { refreshToken: current.refreshToken });
    expect(kept.body.errors).toBeUndefined();
    await expect(login(t, user.username)).rejects.toThrow(/Invalid username or password/);
    await login(t, user.username, 'a much newer passphrase');
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const user = await registerUser(t);

    const result = await t.gql(
      CHANGE_PASSWORD,
      { current: 'not my password', next: 'a much newer passphrase' },
      asUser(user.id),
    );

    expect(errorOf(result)?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    expect((await verifyAt(replica.url, user.accessToken)).status).toBe(200);
    await login(t, user.username);
  });

  it('counts wrong current passwords as failed logins, then refuses as TOO_MANY_REQUESTS', async () => {
    const user = await registerUser(t);
    const wrong = { current: 'not my password', next: 'a much newer passphrase' };
    for (let i = 0; i < 10; i++) {
      const result = await t.gql(CHANGE_PASSWORD, wrong, asUser(user.id));
      expect(errorOf(result)?.extensions?.code).toBe('BAD_USER_INPUT');
    }

    // Past the account's limit even the right password is not checked: guessing stops here.
    const right = { current: PASSWORD, next: 'a much newer passphrase' };
    const limited = await t.gql(CHANGE_PASSWORD, right, asUser(user.id));
    expect(errorOf(limited)?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(errorOf(limited)?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Must never happen: the password changed while limited.
    await expect(login(t, user.username, 'a much newer passphrase')).rejects.toThrow();
  });

  it('applies the password policy to the new password', async () => {
    const user = await registerUser(t);
    for (const next of ['short', 'Password123', 'ILOVEYOU1']) {
      const result = await t.gql(CHANGE_PASSWORD, { current: PASSWORD, next }, asUser(user.id));
      expect(errorOf(result)?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    }
    expect((await verifyAt(replica.url, user.accessToken)).status).toBe(200);
  });

  it('needs a signed-in caller', async () => {
    const result = await t.gql(CHANGE_PASSWORD, { current: PASSWORD, next: 'whatever else 1' });
    expect(errorOf(result)?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});

describe('common passwords', () => {
  it.each([
    'password',
    'PassWord1',
    'qwerty123',
    'iloveyou',
    '12345678',
    // Decomposed "ñ" (n + combining tilde): the same password as the listed "contraseña".
    'contrasen\u0303a',
    'MÜNCHEN1',
  ])('refuses %p at registration as too common', async (password) => {
    const result = await t.gql(REGISTER, {
      input: { username: 'common', email: 'c@example.com', password, displayName: 'C' },
    });

    expect(result.body.data ?? null).toBeNull();
    expect(errorOf(result)).toEqual(
      expect.objectContaining({
        message: expect.stringMatching(TOO_COMMON),
        extensions: { code: 'BAD_USER_INPUT', field: 'password' },
      }),
    );
    const rows = await t.service.services.orm.em.fork().execute('select id from users');
    expect(rows).toEqual([]);
  });

  it('ships a list of 1,000 passwords and accepts one not on it', async () => {
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(new URL('../../data/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(new Set(lines.map((line) => line.normalize('NFC').toLowerCase())).size).toBe(1_000);

    const result = await t.gql(REGISTER, {
      input: {
        username: 'uncommon',
        email: 'u@example.com',
        password: 'violet tram under 9 bridges',
        displayName: 'U',
      },
    });
    expect(result.body.errors).toBeUndefined();
  });
});
