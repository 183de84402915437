// @ts-check
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { Redis } from 'ioredis';
import pg from 'pg';

import { REPO_ROOT, startStack } from '../../../scripts/lib/stack.mjs';
import {
  COURTS_DATABASE,
  POSTGRES_URL,
  REDIS_URL,
  STACK_FILE,
  USERS_DATABASE,
} from './e2eSettings.mjs';
import { startFetchRecorder } from './startFetchRecorder.mjs';

/** Drops the end-to-end databases so every run also proves creation and migration from zero. */
async function resetStores() {
  const client = new pg.Client({ connectionString: `${POSTGRES_URL}/postgres` });
  await client.connect();
  try {
    for (const database of [USERS_DATABASE, COURTS_DATABASE]) {
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }

  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  await redis.connect();
  await redis.flushdb();
  redis.disconnect();
}

/**
 * Starts the whole stack, as `npm start` does, with the end-to-end databases and free ports.
 * @param {{ accessTokenTtlSeconds?: number, extraEnv?: NodeJS.ProcessEnv }} [settings]
 *   what the browser suite changes for its own stack (browserGlobalSetup.mjs)
 */
export async function startE2eStack(settings = {}) {
  await resetStores();
  // The playground's static files, served by the edge as `npm start` does (a few seconds).
  execFileSync('npm', ['run', 'build', '--silent', '--workspace', 'playground'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  /** @type {import('./startFetchRecorder.mjs').FetchRecorder | undefined} */
  let recorder;
  const stack = await startStack({
    postgresUrl: POSTGRES_URL,
    usersDatabase: USERS_DATABASE,
    courtsDatabase: COURTS_DATABASE,
    redisUrl: REDIS_URL,
    // development: the demo users are seeded, exactly as `npm start` does.
    nodeEnv: 'development',
    playground: true,
    logLevel: process.env.E2E_LOG_LEVEL ?? 'info',
    edgePort: 0,
    ports: { users: 0, courts: 0, gateway: 0 },
    echo: process.env.E2E_ECHO === '1',
    ...settings,
    routeUsersThrough: async (usersUrl) => {
      recorder = await startFetchRecorder(usersUrl);
      return recorder.url;
    },
  });

  const record = {
    edgeUrl: stack.edgeUrl,
    gatewayUrl: stack.gatewayUrl,
    usersUrl: stack.usersUrl,
    courtsUrl: stack.courtsUrl,
    usersFetchLogUrl: `${recorder?.url ?? stack.usersUrl}/__fetches`,
  };
  mkdirSync(dirname(STACK_FILE), { recursive: true });
  writeFileSync(STACK_FILE, JSON.stringify(record, null, 2));

  /** @type {any} */ (globalThis).__COURTGRAPH_E2E__ = { stack, recorder };
}

export default function globalSetup() {
  return startE2eStack();
}
