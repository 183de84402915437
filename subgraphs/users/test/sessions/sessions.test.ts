import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import type { RunningUsersService } from '../../src/app.js';
import { asUser, registerUser } from '../support/fixtures.js';
import {
  REFRESH,
  login,
  pollVerify,
  sessionOf,
  startSecondReplica,
  verifyAt,
} from '../support/sessionFixtures.js';
import { startTestService, testConfig, type TestService } from '../support/testService.js';

const LOGOUT = 'mutation ($r: String!) { logout(refreshToken: $r) }';
const LOGOUT_ALL = 'mutation { logoutAll }';
const INVALID = 'This refresh token is invalid or its session has ended. Sign in again.';

let t: TestService;
let replica: RunningUsersService;

beforeAll(async () => {
  // Resync every second on this replica: the test of a lost message relies on it.
  t = await startTestService({ config: testConfig({ revocationResyncSeconds: 1 }) });
  replica = await startSecondReplica(t);
});
afterAll(async () => {
  await replica.stop();
  await t.close();
});
beforeEach(async () => {
  await t.reset();
});

async function refresh(refreshToken: string) {
  return t.gql<{ refreshToken: { accessToken: string; refreshToken: string } }>(REFRESH, {
    refreshToken,
  });
}

function expectRefused(result: Awaited<ReturnType<typeof refresh>>) {
  expect(result.body.data ?? null).toBeNull();
  expect(result.body.errors).toEqual([
    expect.objectContaining({ message: INVALID, extensions: { code: 'UNAUTHENTICATED' } }),
  ]);
}

describe('refresh tokens', () => {
  it('are 256-bit base64url values stored only as SHA-256 hashes', async () => {
    const user = await registerUser(t);
    const { refreshToken } = await login(t, user.username);

    expect(refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await t.service.services.orm.em
      .fork()
      .execute("select encode(token_hash, 'hex') as hash from refresh_tokens");
    const hashes = rows.map((row) => String(row['hash']));
    expect(hashes.join()).not.toContain(Buffer.from(refreshToken).toString('hex'));
    const { createHash } = await import('node:crypto');
    expect(hashes).toContain(createHash('sha256').update(refreshToken).digest('hex'));
  });

  it('rotate on every use, keeping the session', async () => {
    const user = await registerUser(t);
    const first = await login(t, user.username);

    const second = await refresh(first.refreshToken);
    expect(second.body.errors).toBeUndefined();
    const next = second.body.data!.refreshToken;
    expect(next.refreshToken).not.toBe(first.refreshToken);
    expect(sessionOf(next.accessToken)).toBe(sessionOf(first.accessToken));
    expect(second.body.data).toEqual({
      refreshToken: expect.objectContaining({
        tokenType: 'Bearer',
        expiresIn: 900,
        user: { id: user.id },
      }),
    });
    expect((await verifyAt(t.service.url, next.accessToken)).status).toBe(200);

    const third = await refresh(next.refreshToken);
    expect(third.body.errors).toBeUndefined();
  });

  it('revoke the whole session when a rotated token is presented again', async () => {
    const user = await registerUser(t);
    const first = await login(t, user.username);
    const rotated = (await refresh(first.refreshToken)).body.data!.refreshToken;

    expectRefused(await refresh(first.refreshToken));

    // The newest token and the session's access tokens stop working too.
    expectRefused(await refresh(rotated.refreshToken));
    expect(await pollVerify(replica.url, rotated.accessToken, 401)).toBe(401);
    const rows = await t.service.services.orm.em
      .fork()
      .execute('select revoke_reason from sessions where id = ?', [sessionOf(first.accessToken)]);
    expect(rows).toEqual([{ revoke_reason: 'refresh-token-reuse' }]);
  });

  it.each([
    ['an unknown token', 'A'.repeat(43)],
    ['garbage', 'not a token'],
    ['an empty string', ''],
    ['a NUL', `${'a'.repeat(42)}\u0000`],
  ])('answer %s with one UNAUTHENTICATED message', async (_case, token) => {
    expectRefused(await refresh(token));
    expect((await t.gql(LOGOUT, { r: token })).body.errors?.[0]?.message).toBe(INVALID);
  });

  it('are refused for a deactivated user', async () => {
    const user = await registerUser(t);
    const { refreshToken } = await login(t, user.username);
    await t.service.services.orm.em
      .fork()
      .execute('update users set active = false where id = ?', [user.id]);

    expectRefused(await refresh(refreshToken));
  });

  it('are refused once the session was idle too long or has grown too old', async () => {
    const user = await registerUser(t);
    const idle = await login(t, user.username);
    const old = await login(t, user.username);
    const fresh = await login(t, user.username);
    const em = t.service.services.orm.em.fork();
    // Defaults: 30 days idle, 90 days in all (SESSION_IDLE_TIMEOUT_SECONDS and _MAX_LIFETIME_).
    await em.execute("update sessions set last_used_at = now() - interval '31 days' where id = ?", [
      sessionOf(idle.accessToken),
    ]);
    await em.execute("update sessions set created_at = now() - interval '91 days' where id = ?", [
      sessionOf(old.accessToken),
    ]);

    expectRefused(await refresh(idle.refreshToken));
    expectRefused(await refresh(old.refreshToken));
    expect((await refresh(fresh.refreshToken)).body.errors).toBeUndefined();
  });
});

describe('logout and logoutAll', () => {
  it('logout ends that session only, and may be repeated', async () => {
    const user = await registerUser(t);
    const ended = await login(t, user.username);
    const other = await login(t, user.username);

    expect((await t.gql(LOGOUT, { r: ended.refreshToken })).body).toEqual({
      data: { logout: true },
    });
    expect((await t.gql(LOGOUT, { r: ended.refreshToken })).body).toEqual({
      data: { logout: true },
    });

    expectRefused(await refresh(ended.refreshToken));
    expect(await pollVerify(replica.url, ended.accessToken, 401)).toBe(401);
    expect((await verifyAt(replica.url, other.accessToken)).status).toBe(200);
    expect((await refresh(other.refreshToken)).body.errors).toBeUndefined();
  });

  it('logoutAll ends every session of the caller and no one else', async () => {
    const user = await registerUser(t);
    const stranger = await registerUser(t);
    const sessions = [await login(t, user.username), await login(t, user.username)];

    const result = await t.gql(LOGOUT_ALL, {}, asUser(user.id));

    expect(result.body).toEqual({ data: { logoutAll: true } });
    for (const session of sessions) {
      expectRefused(await refresh(session.refreshToken));
      expect(await pollVerify(replica.url, session.accessToken, 401)).toBe(401);
    }
    expect((await verifyAt(replica.url, stranger.accessToken)).status).toBe(200);
  });

  it('logoutAll needs a signed-in caller', async () => {
    const result = await t.gql(LOGOUT_ALL);
    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});

describe('/auth/verify and revocations', () => {
  it('refuses the access token of a revoked session within a second, on a replica', async () => {
    const user = await registerUser(t);
    const session = await login(t, user.username);
    expect((await verifyAt(replica.url, session.accessToken)).status).toBe(200);

    const started = Date.now();
    await t.gql(LOGOUT, { r: session.refreshToken });
    const status = await pollVerify(replica.url, session.accessToken, 401);

    expect(status).toBe(401);
    expect(Date.now() - started).toBeLessThan(1_500);
    const response = await verifyAt(replica.url, session.accessToken);
    expect(response.headers.get('x-auth-user')).toBe('');
  });

  it('repairs a lost message with the periodic resync from PostgreSQL', async () => {
    const user = await registerUser(t);
    // Revoked behind the service's back: nothing is published.
    await t.service.services.orm.em
      .fork()
      .execute(
        "update sessions set revoked_at = now(), revoke_reason = 'logout' where user_id = ?",
        [user.id],
      );

    expect(await pollVerify(t.service.url, user.accessToken, 401, 3_000)).toBe(401);
  });

  it('answers the session id of a valid token in X-Auth-Session', async () => {
    const user = await registerUser(t);
    const response = await verifyAt(t.service.url, user.accessToken);
    expect(response.headers.get('x-auth-session')).toBe(sessionOf(user.accessToken));
  });
});
