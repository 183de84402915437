import { generateKeyPairSync, randomUUID } from 'node:crypto';

import { afterEach, describe, expect, it, jest } from '@jest/globals';

import { AccessTokens } from '../../src/auth/accessTokens.js';
import { KeyRing } from '../../src/auth/KeyRing.js';
import { loadSigningKey, type SigningKey } from '../../src/auth/loadSigningKey.js';
import { ConfigError } from '../../src/errors/ConfigError.js';
import { createLogger } from '../../src/logging/createLogger.js';

const USER = randomUUID();
const SESSION = randomUUID();
const T0 = Date.parse('2026-12-04T12:00:00Z');

function newKey(): Promise<SigningKey> {
  return loadSigningKey(undefined, 'test', '/nonexistent', createLogger('silent'));
}

function publicPem(key: SigningKey): string {
  return key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

function tokens(ring: KeyRing, clockSkewSeconds = 30, ttlSeconds = 60): AccessTokens {
  return new AccessTokens(ring, {
    issuer: 'courtgraph-users',
    audience: 'courtgraph',
    ttlSeconds,
    clockSkewSeconds,
  });
}

/** Freezes only the clock; promises and timers keep running for WebCrypto. */
function setClock(ms: number): void {
  jest.useFakeTimers({
    now: ms,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

afterEach(() => {
  jest.useRealTimers();
});

describe('key rotation', () => {
  it('verifies a token of a previous key after rotation', async () => {
    const oldKey = await newKey();
    const newer = await newKey();
    const { accessToken } = await tokens(await KeyRing.create(oldKey, [])).issue(USER, SESSION);

    const rotated = tokens(await KeyRing.create(newer, [publicPem(oldKey)]));

    await expect(rotated.verify(accessToken)).resolves.toMatchObject({
      userId: USER,
      sessionId: SESSION,
    });
    const fresh = await rotated.issue(USER, SESSION);
    expect(
      JSON.parse(Buffer.from(fresh.accessToken.split('.')[0]!, 'base64url').toString()),
    ).toMatchObject({ kid: newer.kid });
  });

  it('refuses a token of a key that is no longer listed', async () => {
    const oldKey = await newKey();
    const { accessToken } = await tokens(await KeyRing.create(oldKey, [])).issue(USER, SESSION);

    const rotated = tokens(await KeyRing.create(await newKey(), []));

    await expect(rotated.verify(accessToken)).rejects.toMatchObject({
      code: 'ERR_JWKS_NO_MATCHING_KEY',
    });
  });

  it('derives the kid from the key alone (RFC 7638 thumbprint)', async () => {
    const key = await newKey();
    const ring = await KeyRing.create(await newKey(), [publicPem(key), publicPem(key)]);
    expect(ring.jwks().keys.filter((jwk) => jwk.kid === key.kid)).toHaveLength(1);
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a previous key that is not Ed25519, naming the variable', async () => {
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    const pem = p256.export({ type: 'spki', format: 'pem' }).toString();
    await expect(KeyRing.create(await newKey(), [pem])).rejects.toThrow(ConfigError);
    await expect(KeyRing.create(await newKey(), [pem])).rejects.toThrow(
      /^JWT_PREVIOUS_PUBLIC_KEYS: /,
    );
  });
});

describe('clock skew', () => {
  it.each([
    [30, 89, 'accepts'],
    [30, 90, 'refuses'],
    [0, 59, 'accepts'],
    [0, 60, 'refuses'],
  ])('with %i s of skew, %i s after issue (ttl 60 s) it %s', async (skew, after, outcome) => {
    const ring = await KeyRing.create(await newKey(), []);
    setClock(T0);
    const { accessToken } = await tokens(ring, skew).issue(USER, SESSION);

    setClock(T0 + after * 1000);
    const verified = tokens(ring, skew).verify(accessToken);

    if (outcome === 'accepts') {
      await expect(verified).resolves.toMatchObject({ userId: USER, sessionId: SESSION });
    } else {
      await expect(verified).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
    }
  });
});
