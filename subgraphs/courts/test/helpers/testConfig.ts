import type { Config } from '../../src/config/loadConfig.js';

/**
 * The test database; tests own it and may empty it at will. Two checkouts testing at once on
 * one machine can each take their own with COURTS_TEST_DATABASE_URL and COURTS_TEST_REDIS_URL.
 */
export const TEST_DATABASE_URL =
  process.env.COURTS_TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/courtgraph_courts_test';
/** Redis db index 2 is reserved for these tests. */
export const TEST_REDIS_URL = process.env.COURTS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/2';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    host: '127.0.0.1',
    port: 0,
    nodeEnv: 'test',
    migrateOnStart: true,
    databaseUrl: TEST_DATABASE_URL,
    redisUrl: TEST_REDIS_URL,
    logLevel: 'debug',
    gatewaySecret: null,
    ...overrides,
  };
}
