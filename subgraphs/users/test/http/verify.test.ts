import { createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, UnsecuredJWT } from 'jose';

import { registerUser } from '../support/fixtures.js';
import { captureLogs, startTestService, type TestService } from '../support/testService.js';

let t: TestService;
let validToken: string;
let userId: string;
const { logger, logs } = captureLogs('trace');

beforeAll(async () => {
  t = await startTestService({ logger });
  await t.reset();
  const user = await registerUser(t);
  validToken = user.accessToken;
  userId = user.id;
});
afterAll(async () => {
  await t.close();
});

function privateKey() {
  return createPrivateKey(t.config.jwt.privateKeyPem!);
}

/** The kid of the service's own key, as its tokens carry it. */
function serviceKid(): string {
  const [header] = validToken.split('.') as [string];
  return (JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string }).kid;
}

/** A token signed with the service's own key, with the given claims changed. */
function signed(
  claims: { iss?: string; aud?: string; exp?: number; sub?: string; kid?: string | null } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const kid = claims.kid === undefined ? serviceKid() : claims.kid;
  return new SignJWT({ sid: '6f1d2b1e-8c1a-4b7e-9a51-2c3d4e5f6a7b' })
    .setProtectedHeader({ alg: 'EdDSA', ...(kid === null ? {} : { kid }) })
    .setIssuer(claims.iss ?? t.config.jwt.issuer)
    .setAudience(claims.aud ?? t.config.jwt.audience)
    .setSubject(claims.sub ?? userId)
    .setIssuedAt(now - 60)
    .setExpirationTime(claims.exp ?? now + 600)
    .setJti(randomUUID())
    .sign(privateKey());
}

async function verify(authorization: string | undefined, query = '') {
  const response = await fetch(`${t.service.url}/auth/verify${query}`, {
    headers: authorization === undefined ? {} : { authorization },
  });
  return { response, text: await response.text() };
}

async function expectRejected(authorization: string | undefined, query = '') {
  const { response, text } = await verify(authorization, query);
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe('Bearer');
  // Present and empty: Caddy 2.6.2 would otherwise forward its placeholder text.
  expect(response.headers.get('x-auth-user')).toBe('');
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('UNAUTHENTICATED');
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(text).not.toContain('stack');
}

describe('GET /auth/verify', () => {
  it('accepts a valid token and names the user', async () => {
    const { response, text } = await verify(`Bearer ${validToken}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-auth-user')).toBe(userId);
    expect(JSON.parse(text)).toEqual({ userId });
  });

  it.each(['bearer', 'BEARER', 'bEaReR', 'Bearer  '])(
    'accepts the scheme in any case and 1*SP before the token (RFC 7235): "%s"',
    async (scheme) => {
      const separator = scheme.endsWith(' ') ? '' : ' ';
      const { response, text } = await verify(`${scheme}${separator}${validToken}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-auth-user')).toBe(userId);
      expect(JSON.parse(text)).toEqual({ userId });
    },
  );

  it('accepts a valid token on the public route too', async () => {
    const { response } = await verify(`Bearer ${validToken}`, '?anonymous=allow');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-auth-user')).toBe(userId);
  });

  it('lets an anonymous caller through the public route with an empty X-Auth-User', async () => {
    const { response } = await verify(undefined, '?anonymous=allow');
    expect(response.status).toBe(200);
    expect(response.headers.has('x-auth-user')).toBe(true);
    expect(response.headers.get('x-auth-user')).toBe('');
  });

  it('refuses an anonymous caller on the protected route', async () => {
    await expectRejected(undefined);
  });

  it('refuses a token expired for longer than the clock skew (30 s)', async () => {
    await expectRejected(`Bearer ${await signed({ exp: Math.floor(Date.now() / 1000) - 40 })}`);
  });

  it('accepts a token expired for less than the clock skew', async () => {
    const token = await signed({ exp: Math.floor(Date.now() / 1000) - 20 });
    const { response } = await verify(`Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-auth-user')).toBe(userId);
  });

  it('refuses a tampered signature', async () => {
    const [header, payload, signature] = validToken.split('.') as [string, string, string];
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    await expectRejected(`Bearer ${header}.${payload}.${flipped}`);
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = validToken.split('.') as [string, string, string];
    const payload = Buffer.from(
      JSON.stringify({ sub: randomUUID(), iss: 'courtgraph-users', aud: 'courtgraph' }),
    ).toString('base64url');
    await expectRejected(`Bearer ${header}.${payload}.${signature}`);
  });

  it('refuses alg=none, even on the public route (never downgraded to anonymous)', async () => {
    const unsigned = new UnsecuredJWT({})
      .setIssuer(t.config.jwt.issuer)
      .setAudience(t.config.jwt.audience)
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime('10m')
      .encode();
    await expectRejected(`Bearer ${unsigned}`);
    await expectRejected(`Bearer ${unsigned}`, '?anonymous=allow');
  });

  it('refuses a wrong issuer and a wrong audience', async () => {
    await expectRejected(`Bearer ${await signed({ iss: 'someone-else' })}`);
    await expectRejected(`Bearer ${await signed({ aud: 'another-app' })}`);
  });

  it('refuses HS256 signed with the public key as the secret', async () => {
    const publicPem = createPublicKey(privateKey()).export({ type: 'spki', format: 'pem' });
    const token = await new SignJWT({ sid: '6f1d2b1e-8c1a-4b7e-9a51-2c3d4e5f6a7b' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(t.config.jwt.issuer)
      .setAudience(t.config.jwt.audience)
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(publicPem.toString()));
    await expectRejected(`Bearer ${token}`);
  });

  it('refuses a token signed by another key', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const token = await new SignJWT({ sid: '6f1d2b1e-8c1a-4b7e-9a51-2c3d4e5f6a7b' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(t.config.jwt.issuer)
      .setAudience(t.config.jwt.audience)
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(generateKeyPairSync('ed25519').privateKey);
    await expectRejected(`Bearer ${token}`);
  });

  it('accepts its own token signed outside the service (the helper is sound)', async () => {
    const { response } = await verify(`Bearer ${await signed()}`);
    expect(response.status).toBe(200);
  });

  it('refuses a token of its own key without a kid or with an unknown kid', async () => {
    await expectRejected(`Bearer ${await signed({ kid: null })}`);
    await expectRejected(`Bearer ${await signed({ kid: 'not-a-known-kid' })}`);
  });

  it('refuses a subject that is not a user id', async () => {
    await expectRejected(`Bearer ${await signed({ sub: 'admin' })}`);
  });

  it.each([
    ['Basic scheme', 'Basic YWRtaW46YWRtaW4xMjM='],
    ['bare token', 'TOKEN'],
    ['lower-case scheme with garbage', 'bearer x'],
    ['scheme glued to the token', 'BearerTOKEN'],
    ['another scheme that starts like it', 'Bearerx TOKEN'],
    ['empty bearer', 'Bearer '],
  ])('refuses a malformed Authorization header (%s)', async (_case, header) => {
    await expectRejected(header.replace('TOKEN', validToken));
  });

  it('answers from the in-memory key alone, without a database query', async () => {
    logs.lines.length = 0;
    const { response } = await verify(`Bearer ${validToken}`);
    expect(response.status).toBe(200);
    expect(logs.lines.filter((line) => line['namespace'] === 'query')).toEqual([]);
  });

  it('issues tokens with iss, aud, sub, iat, exp, jti, sid and a kid header', async () => {
    const [headerPart, payloadPart] = validToken.split('.') as [string, string];
    const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString()) as object;
    const payload = JSON.parse(Buffer.from(payloadPart, 'base64url').toString()) as {
      iat: number;
      exp: number;
    };
    expect(header).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: expect.any(String) });
    expect(payload).toEqual({
      iss: 'courtgraph-users',
      aud: 'courtgraph',
      sub: userId,
      iat: expect.any(Number),
      exp: expect.any(Number),
      jti: expect.any(String),
      sid: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
    });
    expect(payload.exp - payload.iat).toBe(900);
  });
});
