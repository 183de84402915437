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
      },
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
  ])('stops on %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });
});
