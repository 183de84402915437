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
