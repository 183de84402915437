import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { loadConfig } from '../../src/config/loadConfig.js';
import { ConfigError } from '../../src/errors/ConfigError.js';

describe('loadConfig', () => {
  it('uses the runtime contract defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4001,
      nodeEnv: 'development',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/courtgraph_users',
      redisUrl: 'redis://127.0.0.1:6379/0',
      logLevel: 'info',
      jwt: {
        privateKeyPem: undefined,
        issuer: 'courtgraph-users',
        audience: 'courtgraph',
        accessTokenTtlSeconds: 900,
        previousPublicKeyPems: [],
        clockSkewSeconds: 30,
      },
      loginLimits: { maxFailuresPerAccount: 10, maxFailuresPerAddress: 100, windowSeconds: 900 },
    });
    expect(config.secretsDir).toMatch(/subgraphs\/users\/\.secrets$/);
    expect(config.gatewaySecret).toBeUndefined();
  });

  it('reads GATEWAY_SECRET when it is long enough', () => {
    const secret = 'a'.repeat(32);
    expect(loadConfig({ GATEWAY_SECRET: secret }).gatewaySecret).toBe(secret);
    expect(loadConfig({ GATEWAY_SECRET: '' }).gatewaySecret).toBeUndefined();
  });

  it.each([
    ['31 characters', 'a'.repeat(31)],
    ['a space inside', `${'a'.repeat(16)} ${'a'.repeat(16)}`],
    ['a trailing newline', `${'a'.repeat(32)}\n`],
    ['a tab inside', `${'a'.repeat(16)}\t${'a'.repeat(16)}`],
  ])('stops on a GATEWAY_SECRET with %s, without echoing it', (_case, secret) => {
    let thrown: unknown;
    try {
      loadConfig({ GATEWAY_SECRET: secret });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe('GATEWAY_SECRET');
    expect((thrown as ConfigError).message).toMatch(/^GATEWAY_SECRET: /);
    expect((thrown as ConfigError).message).not.toContain('a'.repeat(16));
  });

  it.each([
    [{ NODE_ENV: 'production' }, 'JWT_PRIVATE_KEY'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '12abc' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ ACCESS_TOKEN_TTL_SECONDS: '0' }, 'ACCESS_TOKEN_TTL_SECONDS'],
    [{ JWT_PRIVATE_KEY_FILE: '/nonexistent/key.pem' }, 'JWT_PRIVATE_KEY_FILE'],
    [{ JWT_CLOCK_SKEW_SECONDS: '301' }, 'JWT_CLOCK_SKEW_SECONDS'],
    [{ JWT_PREVIOUS_PUBLIC_KEYS: 'not a pem' }, 'JWT_PREVIOUS_PUBLIC_KEYS'],
    [{ JWT_PREVIOUS_PUBLIC_KEYS: privatePem() }, 'JWT_PREVIOUS_PUBLIC_KEYS'],
    [
      { JWT_PREVIOUS_PUBLIC_KEYS: 'x', JWT_PREVIOUS_PUBLIC_KEYS_FILE: 'y' },
      'JWT_PREVIOUS_PUBLIC_KEYS_FILE',
    ],
    [{ LOGIN_MAX_FAILURES_PER_ACCOUNT: '0' }, 'LOGIN_MAX_FAILURES_PER_ACCOUNT'],
    [{ LOGIN_MAX_FAILURES_PER_ADDRESS: '-1' }, 'LOGIN_MAX_FAILURES_PER_ADDRESS'],
    [{ LOGIN_FAILURE_WINDOW_SECONDS: '86401' }, 'LOGIN_FAILURE_WINDOW_SECONDS'],
  ])('stops on %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });
});

function keyPair() {
  return generateKeyPairSync('ed25519');
}

function privatePem(): string {
  return keyPair().privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

function publicPem(): string {
  return keyPair().publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

describe('loadConfig: key rotation and login limits', () => {
  it('splits JWT_PREVIOUS_PUBLIC_KEYS into one PEM per key, inline or from a file', () => {
    const pems = [publicPem(), publicPem()];
    const inline = loadConfig({ JWT_PREVIOUS_PUBLIC_KEYS: pems.join('').replace(/\n/g, '\\n') });
    expect(inline.jwt.previousPublicKeyPems).toEqual(pems);

    const file = join(mkdtempSync(join(tmpdir(), 'users-config-')), 'previous.pem');
    writeFileSync(file, pems.join('\n'));
    expect(loadConfig({ JWT_PREVIOUS_PUBLIC_KEYS_FILE: file }).jwt.previousPublicKeyPems).toEqual(
      pems,
    );
  });

  it('reads the clock skew and the login limits', () => {
    const config = loadConfig({
      JWT_CLOCK_SKEW_SECONDS: '0',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
      LOGIN_FAILURE_WINDOW_SECONDS: '60',
    });
    expect(config.jwt.clockSkewSeconds).toBe(0);
    expect(config.loginLimits).toEqual({
      maxFailuresPerAccount: 5,
      maxFailuresPerAddress: 1000,
      windowSeconds: 60,
    });
  });

  it('reads the session limits, and refuses values out of range', () => {
    expect(loadConfig({}).sessionLimits).toEqual({
      idleTimeoutSeconds: 2_592_000,
      maxLifetimeSeconds: 7_776_000,
    });
    const config = loadConfig({
      SESSION_IDLE_TIMEOUT_SECONDS: '3600',
      SESSION_MAX_LIFETIME_SECONDS: '86400',
    });
    expect(config.sessionLimits).toEqual({ idleTimeoutSeconds: 3600, maxLifetimeSeconds: 86400 });
    expect(() => loadConfig({ SESSION_IDLE_TIMEOUT_SECONDS: '59' })).toThrow(
      /SESSION_IDLE_TIMEOUT_SECONDS/,
    );
    expect(() => loadConfig({ PERMISSION_CACHE_CHECK_SECONDS: '0' })).toThrow(
      /PERMISSION_CACHE_CHECK_SECONDS/,
    );
  });

  it('never echoes a private key put among the previous public keys', () => {
    const pem = privatePem();
    expect(() => loadConfig({ JWT_PREVIOUS_PUBLIC_KEYS: pem })).toThrow(ConfigError);
    try {
      loadConfig({ JWT_PREVIOUS_PUBLIC_KEYS: pem });
    } catch (error) {
      expect((error as Error).message).not.toContain(pem.split('\n')[1]!);
    }
  });
  it('migrates at start and serves /auth/verify on PORT unless told otherwise', () => {
    const config = loadConfig({});
    expect(config.migrateOnStart).toBe(true);
    expect(config.verifyPort).toBeUndefined();
  });

  it('reads MIGRATE_ON_START and VERIFY_PORT', () => {
    const config = loadConfig({ MIGRATE_ON_START: 'false', VERIFY_PORT: '4003' });
    expect(config.migrateOnStart).toBe(false);
    expect(config.verifyPort).toBe(4003);
    expect(loadConfig({ MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
  });

  it.each([
    ['MIGRATE_ON_START', 'no', 'must be true or false, got "no".'],
    ['VERIFY_PORT', '70000', 'must be a whole number from 0 to 65535, got "70000".'],
  ])('stops on %s=%s, naming the variable', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(`${variable}: ${message}`);
  });

  it('lets the migrate step run in production without the signing key', () => {
    const env = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db:5432/courtgraph_users' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(loadConfig(env, { signingKeyRequired: false }).jwt.privateKeyPem).toBeUndefined();
  });
});
