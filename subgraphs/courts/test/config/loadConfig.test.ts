import { ConfigError, loadConfig } from '../../src/config/loadConfig.js';

describe('loadConfig', () => {
  it('applies the runtime contract defaults', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4002,
      nodeEnv: 'development',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/courtgraph_courts',
      redisUrl: 'redis://127.0.0.1:6379/0',
      logLevel: 'info',
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
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      nodeEnv: 'production',
      logLevel: 'warn',
    });
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
});
