import { createPrivateKey, randomUUID } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';

import { registerUser } from '../support/fixtures.js';
import { login, sessionOf, verifyAt } from '../support/sessionFixtures.js';
import {
  captureLogs,
  startTestService,
  testConfig,
  type TestService,
} from '../support/testService.js';

const LOGOUT = 'mutation ($r: String!) { logout(refreshToken: $r) }';

let t: TestService;
const { logger, logs } = captureLogs('trace');

beforeAll(async () => {
  // No clock skew: a token is refused as soon as its exp has passed.
  const config = testConfig();
  t = await startTestService({
    config: { ...config, jwt: { ...config.jwt, clockSkewSeconds: 0 } },
    logger,
  });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.reset();
  logs.lines.length = 0;
});

/** A token of the service's own key (the kid taken from `model`) expiring at `exp`. */
function signedUntil(model: string, userId: string, exp: number): Promise<string> {
  const [header] = model.split('.') as [string];
  const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string };
  return new SignJWT({ sid: randomUUID() })
    .setProtectedHeader({ alg: 'EdDSA', kid })
    .setIssuer(t.config.jwt.issuer)
    .setAudience(t.config.jwt.audience)
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(exp)
    .setJti(randomUUID())
    .sign(createPrivateKey(t.config.jwt.privateKeyPem!));
}

describe('/auth/verify with verified tokens cached', () => {
  it('refuses a cached token as soon as its session is revoked', async () => {
    const user = await registerUser(t);
    const session = await login(t, user.username);
    // Twice: the second answer comes from the cache.
    expect((await verifyAt(t.service.url, session.accessToken)).status).toBe(200);
    expect((await verifyAt(t.service.url, session.accessToken)).status).toBe(200);

    await t.gql(LOGOUT, { r: session.refreshToken });

    const refused = await verifyAt(t.service.url, session.accessToken);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-auth-user')).toBe('');
    expect(refused.headers.get('x-auth-session')).toBe('');
    // The user's other session is untouched.
    const other = await verifyAt(t.service.url, user.accessToken);
    expect(other.status).toBe(200);
    expect(other.headers.get('x-auth-session')).toBe(sessionOf(user.accessToken));
  });

  it('refuses a cached token once it has expired', async () => {
    const user = await registerUser(t);
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await signedUntil(user.accessToken, user.id, exp);
    expect((await verifyAt(t.service.url, token)).status).toBe(200);
    expect((await verifyAt(t.service.url, token)).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));

    const refused = await verifyAt(t.service.url, token);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-auth-user')).toBe('');
    // Refused by the full check, which the expired entry no longer short-cuts.
    const rejected = logs.lines.filter((line) => line['msg'] === 'token rejected');
    expect(rejected.map((line) => line['reason'])).toEqual(['ERR_JWT_EXPIRED']);
  });
});

describe('/auth/verify outside express', () => {
  it('keeps a well-formed X-Request-Id and replaces a malformed one', async () => {
    const user = await registerUser(t);
    const headers = { authorization: `Bearer ${user.accessToken}` };
    const kept = await fetch(`${t.service.url}/auth/verify`, {
      headers: { ...headers, 'x-request-id': 'edge:abc-123' },
    });
    expect(kept.status).toBe(200);
    expect(kept.headers.get('x-request-id')).toBe('edge:abc-123');

    const replaced = await fetch(`${t.service.url}/auth/verify`, {
      headers: { ...headers, 'x-request-id': 'bad id!' },
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const missing = await fetch(`${t.service.url}/auth/verify`, { headers });
    expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs a refusal with its request id, never the token, and nothing for a success', async () => {
    const user = await registerUser(t);
    logs.lines.length = 0;
    await fetch(`${t.service.url}/auth/verify`, {
      headers: { authorization: `Bearer ${user.accessToken}`, 'x-request-id': 'ok-1' },
    });
    expect(logs.lines.filter((line) => line['requestId'] === 'ok-1')).toEqual([]);

    const tampered = `${user.accessToken.slice(0, -4)}AAAA`;
    const refused = await fetch(`${t.service.url}/auth/verify`, {
      headers: { authorization: `Bearer ${tampered}`, 'x-request-id': 'bad-1' },
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const lines = logs.lines.filter((line) => line['requestId'] === 'bad-1');
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'token rejected', service: 'users', level: 'info' }),
    ]);
    expect(logs.text()).not.toContain(user.accessToken.split('.')[2]!);
  });

  it('leaves other methods and paths to express', async () => {
    const post = await fetch(`${t.service.url}/auth/verify`, { method: 'POST' });
    expect(post.status).toBe(404);
    const head = await fetch(`${t.service.url}/auth/verify?anonymous=allow`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('x-auth-user')).toBe('');
  });
});
