import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { asUser, grantRole, registerUser } from '../support/fixtures.js';
import { captureLogs, startTestService, type TestService } from '../support/testService.js';

const ME = '{ me { id username displayName } }';
const ME_WITH_PERMISSIONS = '{ me { id permissions } }';
const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on User {
        id
        username
      }
    }
  }
`;
const ENTITY_PERMISSIONS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on User {
        id
        permissions
      }
    }
  }
`;

let t: TestService;
const { logger, logs } = captureLogs('trace');

beforeAll(async () => {
  t = await startTestService({ logger });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.reset();
  logs.lines.length = 0;
});

describe('me', () => {
  it('is null when anonymous', async () => {
    const result = await t.gql(ME);
    expect(result.body).toEqual({ data: { me: null } });
  });

  it.each([
    ['a non-UUID', 'admin'],
    ['a Caddy placeholder', '{http.reverse_proxy.header.X-Auth-User}'],
    ['an empty value', ''],
    ['two values', `${randomUUID()}, ${randomUUID()}`],
    ['an unknown UUID', randomUUID()],
  ])('is null when X-Auth-User is %s', async (_case, header) => {
    const result = await t.gql(ME, {}, { 'x-auth-user': header });
    expect(result.body).toEqual({ data: { me: null } });
  });

  it('is null for an inactive user', async () => {
    const user = await registerUser(t);
    await t.service.services.orm.em
      .fork()
      .execute('update users set active = false where id = ?', [user.id]);
    const result = await t.gql(ME, {}, asUser(user.id));
    expect(result.body).toEqual({ data: { me: null } });
  });

  it('returns the caller, accepting an upper-case UUID', async () => {
    const user = await registerUser(t);
    const result = await t.gql<{ me: { id: string } }>(ME, {}, asUser(user.id.toUpperCase()));
    expect(result.body.data!.me.id).toBe(user.id);
  });

  it('shows the caller their own permissions', async () => {
    const user = await registerUser(t);
    await grantRole(t, user.id, 'staff');
    const result = await t.gql(ME_WITH_PERMISSIONS, {}, asUser(user.id));
    expect(result.body).toEqual({
      data: { me: { id: user.id, permissions: ['courts:create', 'courts:update'] } },
    });
  });
});

describe('User.permissions of another user', () => {
  it('is FORBIDDEN without users:read, and never leaks a stack trace', async () => {
    const caller = await registerUser(t);
    const other = await registerUser(t);

    const result = await t.gql(
      ENTITY_PERMISSIONS,
      { representations: [{ __typename: 'User', id: other.id }] },
      asUser(caller.id),
    );

    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(result.text).not.toContain('stacktrace');
  });

  it('is FORBIDDEN for an anonymous caller', async () => {
    const other = await registerUser(t);
    const result = await t.gql(ENTITY_PERMISSIONS, {
      representations: [{ __typename: 'User', id: other.id }],
    });
    expect(result.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('is readable with users:read', async () => {
    const admin = await registerUser(t);
    await grantRole(t, admin.id, 'admin');
    const other = await registerUser(t);

    const result = await t.gql(
      ENTITY_PERMISSIONS,
      { representations: [{ __typename: 'User', id: other.id }] },
      asUser(admin.id),
    );
    expect(result.body).toEqual({ data: { _entities: [{ id: other.id, permissions: [] }] } });
  });
});

describe('_entities', () => {
  it('resolves known ids, null for unknown ones, with one users query', async () => {
    const first = await registerUser(t);
    const second = await registerUser(t);
    logs.lines.length = 0;

    const result = await t.gql(ENTITIES, {
      representations: [
        { __typename: 'User', id: first.id },
        { __typename: 'User', id: randomUUID() },
        { __typename: 'User', id: second.id },
        { __typename: 'User', id: 'not-a-uuid' },
      ],
    });

    expect(result.body).toEqual({
      data: {
        _entities: [
          { id: first.id, username: first.username },
          null,
          { id: second.id, username: second.username },
          null,
        ],
      },
    });
    const userQueries = logs.lines.filter(
      (line) => line['namespace'] === 'query' && /from "users"/.test(String(line['msg'])),
    );
    expect(userQueries).toHaveLength(1);
  });
});
