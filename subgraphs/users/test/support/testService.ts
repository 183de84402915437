import { generateKeyPairSync } from 'node:crypto';
import { Writable } from 'node:stream';

import { Redis } from 'ioredis';
import type { Logger, LevelWithSilent } from 'pino';

import { startUsersService, type RunningUsersService } from '../../src/app.js';
import type { UsersConfig } from '../../src/config/UsersConfig.js';
import { createLogger } from '../../src/logging/createLogger.js';

/**
 * The test database and Redis db index 1 belong to these tests alone. Two checkouts testing
 * at once on one machine can each take their own with USERS_TEST_DATABASE_URL and
 * USERS_TEST_REDIS_URL.
 */
export const TEST_DATABASE_URL =
  process.env.USERS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/courtgraph_users_test';
export const TEST_REDIS_URL = process.env.USERS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1';

export function testConfig(overrides: Partial<UsersConfig> = {}): UsersConfig {
  const privateKeyPem = generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  return {
    host: '127.0.0.1',
    port: 0,
    verifyPort: undefined,
    nodeEnv: 'test',
    migrateOnStart: true,
    databaseUrl: TEST_DATABASE_URL,
    redisUrl: TEST_REDIS_URL,
    logLevel: 'silent',
    jwt: {
      privateKeyPem,
      issuer: 'courtgraph-users',
      audience: 'courtgraph',
      accessTokenTtlSeconds: 900,
      previousPublicKeyPems: [],
      clockSkewSeconds: 30,
    },
    loginLimits: { maxFailuresPerAccount: 10, maxFailuresPerAddress: 100, windowSeconds: 900 },
    secretsDir: '/nonexistent',
    gatewaySecret: undefined,
    revocationResyncSeconds: 5,
    permissionCacheCheckSeconds: 5,
    sessionLimits: { idleTimeoutSeconds: 2_592_000, maxLifetimeSeconds: 7_776_000 },
    ...overrides,
  };
}

/** Log lines captured in memory, for tests that assert on what the service logged. */
export interface CapturedLogs {
  lines: Array<Record<string, unknown>>;
  text(): string;
}

export function captureLogs(level: LevelWithSilent = 'trace') {
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const line = chunk.toString();
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  // The service's own logger configuration (serializers, redaction), only the stream differs.
  const logger = createLogger(level, stream);
  const logs: CapturedLogs = { lines, text: () => raw.join('') };
  return { logger, logs };
}

export interface TestService {
  service: RunningUsersService;
  config: UsersConfig;
  /** A separate connection to Redis db 1, for assertions. */
  redis: Redis;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  /** Empties users (and their roles) and Redis db 1; keeps the role/permission catalog. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface GraphQLResult<T> {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  };
}

export async function startTestService(
  options: { config?: UsersConfig; logger?: Logger } = {},
): Promise<TestService> {
  const config = options.config ?? testConfig();
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true });
  redis.on('error', () => undefined);
  await redis.connect();
  // Start from an empty db 1 so the full sync at start is observable.
  await redis.flushdb();
  const service = await startUsersService(config, options.logger ? { logger: options.logger } : {});

  return {
    service,
    config,
    redis,
    async gql(query, variables = {}, headers = {}) {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
    },
    async reset() {
      await service.services.orm.em.fork().execute('truncate users cascade');
      await redis.flushdb();
    },
    async close() {
      await service.stop();
      redis.disconnect();
    },
  };
}
