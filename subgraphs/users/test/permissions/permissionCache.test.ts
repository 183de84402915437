import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import {
  PERMISSION_KEY_PREFIX,
  SYNC_MARKER_KEY,
  permissionKey,
} from '../../src/permissions/permissionCacheFormat.js';
import { asUser, grantRole, registerUser } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/testService.js';

interface Fixture {
  key: string;
  value: { v: number; userId: string; permissions: string[]; updatedAt: string };
}

const fixture = JSON.parse(
  readFileSync(
    new URL('../../../../docs/contracts/permission-cache.v1.example.json', import.meta.url),
    'utf8',
  ),
) as Fixture;

const ASSIGN = 'mutation ($u: ID!, $r: String!) { assignRole(userId: $u, role: $r) { id } }';
const REVOKE = 'mutation ($u: ID!, $r: String!) { revokeRole(userId: $u, role: $r) { id } }';

let t: TestService;

beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.reset();
});

async function entryOf(userId: string): Promise<Fixture['value'] | null> {
  const raw = await t.redis.get(permissionKey(userId));
  return raw === null ? null : (JSON.parse(raw) as Fixture['value']);
}

/** Same keys, same types, same key pattern as the contract's example. */
function expectContractShape(key: string, value: Fixture['value']): void {
  const pattern = fixture.key.replace(fixture.value.userId, '<id>');
  expect(key.replace(value.userId, '<id>')).toBe(pattern);
  expect(Object.keys(value).sort()).toEqual(Object.keys(fixture.value).sort());
  expect(value.v).toBe(fixture.value.v);
  expect(value.userId).toMatch(/^[0-9a-f-]{36}$/);
  expect(new Date(value.updatedAt).toISOString()).toBe(value.updatedAt);
  for (const permission of value.permissions) {
    expect(permission).toMatch(/^[a-z]+:[a-z]+$/);
  }
  expect([...value.permissions].sort()).toEqual(value.permissions);
  expect(new Set(value.permissions).size).toBe(value.permissions.length);
}

describe('permission cache writer', () => {
  it('writes the format of docs/contracts/permission-cache.v1.example.json', async () => {
    const user = await registerUser(t);
    await grantRole(t, user.id, 'staff');

    const key = permissionKey(user.id);
    const value = await entryOf(user.id);

    expect(value).not.toBeNull();
    expectContractShape(key, value!);
    expect(value!.permissions).toEqual(fixture.value.permissions);
    expect(await t.redis.ttl(key)).toBe(-1);
    expect(await t.redis.type(key)).toBe('string');
  });

  it('writes an empty set after register', async () => {
    const user = await registerUser(t);
    const value = await entryOf(user.id);
    expect(value).toEqual({
      v: 1,
      userId: user.id,
      permissions: [],
      updatedAt: expect.any(String),
    });
  });

  it('rewrites the whole set after assign and after revoke', async () => {
    const admin = await registerUser(t);
    await grantRole(t, admin.id, 'admin');
    const user = await registerUser(t);

    await t.gql(ASSIGN, { u: user.id, r: 'staff' }, asUser(admin.id));
    expect((await entryOf(user.id))!.permissions).toEqual(['courts:create', 'courts:update']);

    await t.gql(ASSIGN, { u: user.id, r: 'admin' }, asUser(admin.id));
    expect((await entryOf(user.id))!.permissions).toEqual([
      'audit:read',
      'blocks:manage',
      'bookings:create',
      'bookings:manage',
      'courts:create',
      'courts:delete',
      'courts:update',
      'roles:manage',
      'roles:read',
      'users:manage',
      'users:read',
      'venues:manage',
    ]);

    await t.gql(REVOKE, { u: user.id, r: 'admin' }, asUser(admin.id));
    await t.gql(REVOKE, { u: user.id, r: 'staff' }, asUser(admin.id));
    expect((await entryOf(user.id))!.permissions).toEqual([]);
  });

  it('leaves the cache alone when a revoke is refused (rolled back)', async () => {
    const admin = await registerUser(t);
    await grantRole(t, admin.id, 'admin');
    const before = await entryOf(admin.id);

    const result = await t.gql(REVOKE, { u: admin.id, r: 'admin' }, asUser(admin.id));

    expect(result.body.errors![0]!.extensions!['code']).toBe('CONFLICT');
    expect(await entryOf(admin.id)).toEqual(before);
  });

  it('deletes the key of a deactivated user', async () => {
    const user = await registerUser(t);
    const em = t.service.services.orm.em.fork();
    await em.execute('update users set active = false where id = ?', [user.id]);

    await t.service.services.permissionCache.refreshUser(em, user.id);

    expect(await t.redis.exists(permissionKey(user.id))).toBe(0);
  });

  it('full sync writes every active user, removes stale keys and sets the marker', async () => {
    const active = await registerUser(t);
    await grantRole(t, active.id, 'staff');
    const inactive = await registerUser(t);
    const em = t.service.services.orm.em.fork();
    await em.execute('update users set active = false where id = ?', [inactive.id]);
    const ghost = randomUUID();
    await t.redis.set(permissionKey(ghost), '{"v":1}');
    await t.redis.del(permissionKey(active.id));
    await t.redis.set('unrelated:key', 'kept');

    const result = await t.service.services.permissionCache.syncAll(em);

    expect(result).toEqual({ written: 1, removed: 2 });
    expect((await entryOf(active.id))!.permissions).toEqual(['courts:create', 'courts:update']);
    expect(await t.redis.exists(permissionKey(inactive.id))).toBe(0);
    expect(await t.redis.exists(permissionKey(ghost))).toBe(0);
    expect(await t.redis.get('unrelated:key')).toBe('kept');
    const marker = await t.redis.get(SYNC_MARKER_KEY);
    expect(new Date(marker!).toISOString()).toBe(marker);
    const [, keys] = await t.redis.scan(0, 'MATCH', `${PERMISSION_KEY_PREFIX}*`, 'COUNT', 1000);
    expect(keys).toEqual([permissionKey(active.id)]);
  });
});
