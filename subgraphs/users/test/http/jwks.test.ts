import { generateKeyPairSync } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, calculateJwkThumbprint, exportJWK } from 'jose';

import { registerUser } from '../support/fixtures.js';
import { startTestService, testConfig, type TestService } from '../support/testService.js';

function pemPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey,
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    kid: async () => calculateJwkThumbprint(await exportJWK(publicKey)),
  };
}

const retired = pemPair();
const current = pemPair();
let tokenOfRetiredKey: string;
let userId: string;
let t: TestService;

beforeAll(async () => {
  // Before rotation: the retired key signs; the user and token outlive the restart.
  const before = await startTestService({
    config: testConfig({ jwt: { ...testConfig().jwt, privateKeyPem: retired.privatePem } }),
  });
  await before.reset();
  const user = await registerUser(before);
  tokenOfRetiredKey = user.accessToken;
  userId = user.id;
  await before.close();

  const base = testConfig();
  t = await startTestService({
    config: {
      ...base,
      jwt: {
        ...base.jwt,
        privateKeyPem: current.privatePem,
        previousPublicKeyPems: [retired.publicPem],
      },
    },
  });
});
afterAll(async () => {
  await t.close();
});

async function verify(token: string): Promise<Response> {
  return fetch(`${t.service.url}/auth/verify`, { headers: { authorization: `Bearer ${token}` } });
}

describe('GET /.well-known/jwks.json', () => {
  it('publishes the current key first, then the retired one, cacheable for 5 minutes', async () => {
    const response = await fetch(`${t.service.url}/.well-known/jwks.json`);
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const keys = (JSON.parse(text) as { keys: Array<Record<string, unknown>> }).keys;
    expect(keys).toEqual(
      [
        { kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: await current.kid() },
        { kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: await retired.kid() },
      ].map((key) => ({ ...key, alg: 'EdDSA', use: 'sig' })),
    );
    // Never the private part.
    expect(text).not.toContain('"d"');
  });
});

describe('rotation', () => {
  it('still accepts a token signed by the retired key', async () => {
    const response = await verify(tokenOfRetiredKey);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-auth-user')).toBe(userId);
  });

  it('signs new tokens with the current key', async () => {
    const user = await registerUser(t);
    const header = JSON.parse(
      Buffer.from(user.accessToken.split('.')[0]!, 'base64url').toString(),
    ) as { kid: string };
    expect(header.kid).toBe(await current.kid());
    expect((await verify(user.accessToken)).status).toBe(200);
  });

  it('refuses a token of a key that is not listed, even with its true kid', async () => {
    const stranger = pemPair();
    const token = await new SignJWT({ sid: '6f1d2b1e-8c1a-4b7e-9a51-2c3d4e5f6a7b' })
      .setProtectedHeader({ alg: 'EdDSA', kid: await stranger.kid() })
      .setIssuer(t.config.jwt.issuer)
      .setAudience(t.config.jwt.audience)
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime('10m')
      .setJti('stranger')
      .sign(stranger.privateKey);
    const response = await verify(token);
    expect(response.status).toBe(401);
    expect(response.headers.get('x-auth-user')).toBe('');
  });

  it('refuses an unlisted key that claims the kid of a listed one', async () => {
    const stranger = pemPair();
    const token = await new SignJWT({ sid: '6f1d2b1e-8c1a-4b7e-9a51-2c3d4e5f6a7b' })
      .setProtectedHeader({ alg: 'EdDSA', kid: await retired.kid() })
      .setIssuer(t.config.jwt.issuer)
      .setAudience(t.config.jwt.audience)
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime('10m')
      .setJti('impostor')
      .sign(stranger.privateKey);
    expect((await verify(token)).status).toBe(401);
  });
});
