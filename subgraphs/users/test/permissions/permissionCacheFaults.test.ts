import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Redis } from 'ioredis';

import { startUsersService, type RunningUsersService } from '../../src/app.js';
import { loadEffectivePermissions } from '../../src/permissions/loadEffectivePermissions.js';
import {
  SYNC_MARKER_KEY,
  permissionKey,
  permissionRevKey,
} from '../../src/permissions/permissionCacheFormat.js';
import { WRITE_ENTRY_SCRIPT } from '../../src/permissions/writeEntryScript.js';
import { OwnRedisServer } from '../support/ownRedisServer.js';
import { REGISTER, asUser } from '../support/fixtures.js';
import { testConfig } from '../support/testService.js';

const ASSIGN = 'mutation ($u: ID!, $r: String!) { assignRole(userId: $u, role: $r) { id } }';
const REVOKE = 'mutation ($u: ID!, $r: String!) { revokeRole(userId: $u, role: $r) { id } }';

let server: OwnRedisServer;
let service: RunningUsersService;
let redis: Redis;
let adminId: string;
let counter = 0;

beforeAll(async () => {
  server = await OwnRedisServer.start();
  redis = server.client();
  await redis.connect();
  service = await startUsersService(
    testConfig({ redisUrl: server.url, permissionCacheCheckSeconds: 1 }),
  );
});
afterAll(async () => {
  await service.stop();
  redis.disconnect();
  await server.close();
});
beforeEach(async () => {
  const em = service.services.orm.em.fork();
  await em.execute('truncate users cascade');
  adminId = await register();
  await em.execute(
    "insert into user_roles (user_id, role_id) select ?, id from roles where name = 'admin'",
    [adminId],
  );
  await service.services.permissionCache.refreshUser(em, adminId);
});

async function gql(query: string, variables: Record<string, unknown>, headers = {}) {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: Record<string, unknown> }>;
  };
}

async function register(): Promise<string> {
  counter += 1;
  const username = `fault${counter}`;
  const body = await gql(REGISTER, {
    input: {
      username,
      email: `${username}@example.com`,
      password: 'correct horse battery',
      displayName: username,
    },
  });
  const id = (body.data?.['register'] as { user: { id: string } } | undefined)?.user.id;
  if (!id) throw new Error(`registration failed: ${JSON.stringify(body)}`);
  return id;
}

async function cached(userId: string): Promise<string[] | null> {
  const raw = await redis.get(permissionKey(userId));
  return raw === null ? null : (JSON.parse(raw) as { permissions: string[] }).permissions;
}

async function inDatabase(userId: string): Promise<string[] | undefined> {
  const sets = await loadEffectivePermissions(service.services.orm.em.fork(), [userId]);
  return sets.get(userId);
}

async function pendingOutbox(): Promise<number> {
  const [row] = await service.services.orm.em
    .fork()
    .execute<Array<{ n: number }>>('select count(*)::int as n from permission_outbox');
  return row!.n;
}

/** Polls until `probe` returns `expected`, for at most `ms`; returns the last value seen. */
async function eventually<T>(probe: () => Promise<T>, expected: T, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last = await probe();
  while (Date.now() < deadline && JSON.stringify(last) !== JSON.stringify(expected)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await probe();
  }
  return last;
}

describe('permission cache under faults', () => {
  it('applies a revocation made while Redis was down once Redis is back, unaided', async () => {
    const userId = await register();
    expect((await gql(ASSIGN, { u: userId, r: 'staff' }, asUser(adminId))).errors).toBeUndefined();
    expect(await cached(userId)).toEqual(['courts:create', 'courts:update']);

    // Saved on shutdown: the restarted Redis still holds the stale grant and the sync marker,
    // so only the outbox (not the rebuild) can correct it.
    await server.stop(true);
    const answer = await gql(REVOKE, { u: userId, r: 'staff' }, asUser(adminId));
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expect(answer.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    // The change is durable, and so is the duty to deliver it.
    expect(await inDatabase(userId)).toEqual([]);
    expect(await pendingOutbox()).toBeGreaterThan(0);

    await server.restart();
    redis.disconnect();
    redis = server.client();
    await redis.connect();
    expect(await redis.exists(SYNC_MARKER_KEY)).toBe(1);
    expect(await eventually(() => cached(userId), [], 8_000)).toEqual([]);
    expect(await eventually(pendingOutbox, 0)).toBe(0);
  }, 30_000);

  it('rebuilds the whole cache by itself after FLUSHDB', async () => {
    const userId = await register();
    await gql(ASSIGN, { u: userId, r: 'staff' }, asUser(adminId));
    await redis.flushdb();

    expect(await eventually(() => redis.exists(SYNC_MARKER_KEY), 1, 8_000)).toBe(1);
    expect(await eventually(() => cached(userId), ['courts:create', 'courts:update'])).toEqual([
      'courts:create',
      'courts:update',
    ]);
    expect(await cached(adminId)).toEqual(await inDatabase(adminId));
  }, 20_000);

  it('converges to the database after twenty concurrent role changes', async () => {
    const userId = await register();
    const changes = Array.from({ length: 20 }, (_, i) =>
      gql(
        i % 2 === 0 ? ASSIGN : REVOKE,
        { u: userId, r: i % 4 < 2 ? 'staff' : 'admin' },
        {
          ...asUser(adminId),
        },
      ),
    );
    const answers = await Promise.all(changes);
    expect(answers.filter((answer) => answer.errors !== undefined)).toEqual([]);

    const final = await inDatabase(userId);
    expect(await eventually(pendingOutbox, 0)).toBe(0);
    expect(await cached(userId)).toEqual(final);
    expect(Number(await redis.get(permissionRevKey(userId)))).toBeGreaterThan(0);
  }, 20_000);

  it('never lets an older write overwrite a newer one', async () => {
    const key = 'courtgraph:permissions:v1:user:00000000-0000-4000-8000-000000000001';
    const revKey = 'courtgraph:permissions:v1:rev:00000000-0000-4000-8000-000000000001';
    expect(await redis.eval(WRITE_ENTRY_SCRIPT, 2, key, revKey, '10', 'new')).toBe(1);
    expect(await redis.eval(WRITE_ENTRY_SCRIPT, 2, key, revKey, '9', 'old')).toBe(0);
    expect(await redis.get(key)).toBe('new');
    // A delete keeps its revision: a late, older write cannot bring the entry back.
    expect(await redis.eval(WRITE_ENTRY_SCRIPT, 2, key, revKey, '11', '')).toBe(1);
    expect(await redis.eval(WRITE_ENTRY_SCRIPT, 2, key, revKey, '10', 'old')).toBe(0);
    expect(await redis.exists(key)).toBe(0);
  });
});
