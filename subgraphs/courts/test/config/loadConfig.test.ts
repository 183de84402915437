import { ConfigError, loadConfig } from '../../src/config/loadConfig.js';

const GOOD_SECRET = 'gateway-secret-0123456789abcdefghij';

describe('loadConfig', () => {
  it('applies the runtime contract defaults', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4002,
      nodeEnv: 'development',
      migrateOnStart: true,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/courtgraph_courts',
      redisUrl: 'redis://127.0.0.1:6379/0',
      logLevel: 'info',
      gatewaySecret: null,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '0',
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://u@db:5432/other',
      REDIS_URL: 'redis://cache:6379/3',
      LOG_LEVEL: 'warn',
      GATEWAY_SECRET: GOOD_SECRET,
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      nodeEnv: 'production',
      logLevel: 'warn',
      gatewaySecret: GOOD_SECRET,
    });
  });

  it('treats an empty GATEWAY_SECRET as unset', () => {
    expect(loadConfig({ GATEWAY_SECRET: '' }).gatewaySecret).toBeNull();
  });

  it('accepts a GATEWAY_SECRET of exactly 32 characters', () => {
    expect(loadConfig({ GATEWAY_SECRET: 'k'.repeat(32) }).gatewaySecret).toBe('k'.repeat(32));
  });

  it.each([
    ['31 characters', 'k'.repeat(31)],
    ['a space inside', `${'k'.repeat(20)} ${'k'.repeat(20)}`],
    ['a trailing newline', `${'k'.repeat(40)}\n`],
    ['a tab inside', `${'k'.repeat(20)}\t${'k'.repeat(20)}`],
  ])('refuses a GATEWAY_SECRET with %s, naming it but not echoing it', (_label, secret) => {
    const load = () => loadConfig({ GATEWAY_SECRET: secret });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/^Invalid environment variable GATEWAY_SECRET:/);
    try {
      load();
    } catch (error) {
      expect((error as ConfigError).variable).toBe('GATEWAY_SECRET');
      expect((error as ConfigError).message).not.toContain(secret.trim());
    }
  });

  it.each([
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '12abc' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://127.0.0.1/x' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://127.0.0.1:5432' }],
    ['REDIS_URL', { REDIS_URL: 'not a url' }],
  ])('refuses a bad %s, naming it', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid environment variable ${variable}:`));
  });
  it('reads MIGRATE_ON_START and names it when it is not true or false', () => {
    expect(loadConfig({ MIGRATE_ON_START: 'false' }).migrateOnStart).toBe(false);
    expect(loadConfig({ MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
    expect(() => loadConfig({ MIGRATE_ON_START: 'yes' })).toThrow(
      'Invalid environment variable MIGRATE_ON_START: expected true or false, got "yes"',
    );
  });
});
