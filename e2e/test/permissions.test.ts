/**
 * The permission cache end to end: users writes a user's effective permissions to Redis after
 * each committed change, and courts reads them on the very next request
 * (docs/contracts/permission-cache.md).
 */
import { Redis } from 'ioredis';

import { assignRole, login, registerMember, revokeRole, type Session } from './support/accounts.js';
import { createCourt } from './support/courts.js';
import { REDIS_URL } from './support/e2eEnvironment.js';
import { firstCode } from './support/graphqlClient.js';

let admin: Session;
let redis: Redis;

beforeAll(async () => {
  admin = await login('admin', 'admin123');
  redis = new Redis(REDIS_URL);
});

afterAll(() => {
  redis.disconnect();
});

async function cachedPermissions(userId: string): Promise<unknown> {
  const raw = await redis.get(`courtgraph:permissions:v1:user:${userId}`);
  return raw === null ? null : JSON.parse(raw);
}

it('a new member is cached with the member role: booking for themselves only', async () => {
  const member = await registerMember();
  expect(await cachedPermissions(member.userId)).toEqual({
    v: 1,
    userId: member.userId,
    permissions: ['bookings:create'],
    updatedAt: expect.any(String),
  });
});

it('granting staff lets the next createCourt through; revoking refuses the next', async () => {
  const member = await registerMember('promoted');
  expect(firstCode(await createCourt(member))).toBe('FORBIDDEN');

  await assignRole(admin, member.userId, 'staff');
  expect(await cachedPermissions(member.userId)).toMatchObject({
    permissions: [
      'blocks:manage',
      'bookings:create',
      'bookings:manage',
      'courts:create',
      'courts:update',
      'venues:manage',
    ],
  });
  const allowed = await createCourt(member);
  expect(allowed.errors).toBeUndefined();

  await revokeRole(admin, member.userId, 'staff');
  expect(await cachedPermissions(member.userId)).toMatchObject({
    permissions: ['bookings:create'],
  });
  expect(firstCode(await createCourt(member))).toBe('FORBIDDEN');
});
