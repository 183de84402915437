import { readFileSync } from 'node:fs';

import { jest } from '@jest/globals';

import { parsePermissionEntry, permissionCacheKey } from '../../src/auth/permissionCacheEntry.js';
import { createPermissionReader } from '../../src/auth/permissionReader.js';
import { createRedisClient } from '../../src/redis/createRedisClient.js';
import { captureLogger } from '../helpers/captureLogger.js';
import { TEST_REDIS_URL } from '../helpers/testConfig.js';
import { TestRedis } from '../helpers/testRedis.js';

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
const USER = fixture.value.userId;

describe('parsePermissionEntry (the contract fixture)', () => {
  it('derives the fixture key from the user id', () => {
    expect(permissionCacheKey(USER)).toBe(fixture.key);
    expect(permissionCacheKey(USER.toUpperCase())).toBe(fixture.key);
  });

  it('accepts the v1 fixture', () => {
    const parsed = parsePermissionEntry(JSON.stringify(fixture.value), USER);
    expect(parsed).toEqual({ ok: true, permissions: new Set(['courts:create', 'courts:update']) });
  });

  it.each([
    ['an unknown version', JSON.stringify({ ...fixture.value, v: 2 })],
    ['a missing version', JSON.stringify({ ...fixture.value, v: undefined })],
    ['bad JSON', '{"v":1,"userId":'],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
    ['another user', JSON.stringify({ ...fixture.value, userId: 'a' + USER.slice(1) })],
    [
      'permissions not an array',
      JSON.stringify({ ...fixture.value, permissions: 'courts:create' }),
    ],
    ['a malformed permission', JSON.stringify({ ...fixture.value, permissions: ['courts:*'] })],
  ])('rejects %s', (_label, raw) => {
    expect(parsePermissionEntry(raw, USER).ok).toBe(false);
  });
});

describe('createPermissionReader against Redis', () => {
  const writer = new TestRedis();
  const captured = captureLogger();
  const redis = createRedisClient(TEST_REDIS_URL, captured.logger);

  beforeAll(() => redis.connect());
  afterEach(() => writer.cleanup());
  afterAll(async () => {
    await writer.close();
    await redis.quit();
  });

  it('reads the fixture as the users subgraph writes it', async () => {
    await writer.setRaw(fixture.key, JSON.stringify(fixture.value));
    const held = await createPermissionReader(redis, captured.logger)(USER);
    expect([...held].sort()).toEqual(['courts:create', 'courts:update']);
  });

  it.each([
    ['v:2', JSON.stringify({ ...fixture.value, v: 2 }), 'unknown version 2'],
    ['bad JSON', 'not json', 'value is not JSON'],
    ['a mismatched userId', JSON.stringify({ ...fixture.value, userId: 'x' }), 'userId'],
  ])('grants nothing for %s and warns', async (_label, raw, reason) => {
    await writer.setRaw(fixture.key, raw);
    const held = await createPermissionReader(redis, captured.logger)(USER);
    expect(held.size).toBe(0);

    const warning = captured
      .lines()
      .findLast((line) => line['msg'] === 'bad permission cache entry ignored');
    expect(warning).toMatchObject({ level: 'warn', userId: USER });
    expect(String(warning?.['reason'])).toContain(reason);
  });

  it('refuses a missing key as retryable, neither a grant nor FORBIDDEN', async () => {
    const read = createPermissionReader(redis, captured.logger);
    await expect(read(USER)).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 },
    });
    expect(captured.lines()).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        userId: USER,
        msg: expect.stringMatching(/no permission cache entry/),
      }),
    );
  });

  it('tells an empty set (FORBIDDEN later) apart from a missing key', async () => {
    await writer.setRaw(fixture.key, JSON.stringify({ ...fixture.value, permissions: [] }));
    const held = await createPermissionReader(redis, captured.logger)(USER);
    expect(held.size).toBe(0);
  });

  it('issues one GET per user per request, however often it is asked', async () => {
    await writer.setRaw(fixture.key, JSON.stringify(fixture.value));
    const get = jest.spyOn(redis, 'get');
    try {
      const read = createPermissionReader(redis, captured.logger);
      await Promise.all([read(USER), read(USER), read(USER)]);
      await read(USER);
      expect(get).toHaveBeenCalledTimes(1);

      // A new request reads again, so a revoked right is refused by the next request.
      await createPermissionReader(redis, captured.logger)(USER);
      expect(get).toHaveBeenCalledTimes(2);
    } finally {
      get.mockRestore();
    }
  });
});
