import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import {
  cachedPermissions,
  codeOf,
  extensionsOf,
  resetCatalog,
  storedAuditEntries,
} from '../support/administration.js';
import { asUser, grantRole, registerUser } from '../support/fixtures.js';
import { startTestService, type GraphQLResult, type TestService } from '../support/testService.js';

const USERS = /* GraphQL */ `
  query ($first: Int, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          username
        }
      }
    }
  }
`;
const USER = /* GraphQL */ `
  query ($id: ID!) {
    user(id: $id) {
      id
      username
      email
      active
      roles
      createdAt
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation ($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      email
      displayName
      roles
      permissions
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      email
      displayName
    }
  }
`;

type Page = {
  users: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { username: string } }>;
  };
};

let t: TestService;
let admin: { id: string };

beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await resetCatalog(t);
  await t.close();
});
beforeEach(async () => {
  await t.reset();
  await resetCatalog(t);
  admin = await registerUser(t, { username: 'root-admin' });
  await grantRole(t, admin.id, 'admin');
});

function input(username: string, extra: Record<string, unknown> = {}) {
  return {
    username,
    email: `${username}@example.com`,
    password: 'correct horse battery',
    displayName: `Name of ${username}`,
    ...extra,
  };
}

async function create(username: string, extra: Record<string, unknown> = {}) {
  const result = await t.gql<{ createUser: { id: string } }>(
    CREATE,
    { input: input(username, extra) },
    asUser(admin.id),
  );
  if (!result.body.data?.createUser) {
    throw new Error(`createUser failed: ${result.text}`);
  }
  return result.body.data.createUser;
}

describe('users and user', () => {
  it('refuses anonymous callers and callers without users:read', async () => {
    const member = await registerUser(t);
    for (const [query, variables] of [
      [USERS, {}],
      [USER, { id: admin.id }],
    ] as const) {
      expect(codeOf(await t.gql(query, variables))).toBe('UNAUTHENTICATED');
      const forbidden = await t.gql(query, variables, asUser(member.id));
      expect(extensionsOf(forbidden)).toEqual({ code: 'FORBIDDEN', permission: 'users:read' });
      // `user` is nullable, so its refusal leaves `{ user: null }`; nothing else is sent.
      expect(Object.values(forbidden.body.data ?? {})).toEqual(query === USER ? [null] : []);
    }
  });

  it('pages through every user in username order, with a stable total', async () => {
    for (const name of ['delta', 'Alpha', 'charlie', 'Bravo']) {
      await create(name);
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: GraphQLResult<Page> = await t.gql<Page>(
        USERS,
        { first: 2, after },
        asUser(admin.id),
      );
      const page: Page['users'] = result.body.data!.users;
      expect(page.totalCount).toBe(5);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((edge) => edge.node.username));
      pages += 1;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) {
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Alpha', 'Bravo', 'charlie', 'delta', 'root-admin']);
    expect(pages).toBe(3);
  });

  it('refuses a forged cursor and a page size over 100 as BAD_USER_INPUT', async () => {
    const forged = Buffer.from('audit:12').toString('base64url');
    const badCursor = await t.gql(USERS, { after: forged }, asUser(admin.id));
    const tooMany = await t.gql(USERS, { first: 101 }, asUser(admin.id));
    const negative = await t.gql(USERS, { first: -1 }, asUser(admin.id));
    expect(extensionsOf(badCursor)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(extensionsOf(tooMany)).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(extensionsOf(negative)).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('searches username, display name and email ignoring case, with literal % and _', async () => {
    await create('a_b', { displayName: 'Plain' });
    await create('axb', { displayName: '100% Ace' });
    await create('carol', { email: 'CAROL.Special@Example.org' });
    const search = async (text: string) => {
      const result = await t.gql<Page>(USERS, { search: text }, asUser(admin.id));
      expect(result.body.errors).toBeUndefined();
      const names = result.body.data!.users.edges.map((edge) => edge.node.username);
      expect(result.body.data!.users.totalCount).toBe(names.length);
      return names;
    };

    expect(await search('A_B')).toEqual(['a_b']);
    expect(await search('%')).toEqual(['axb']);
    expect(await search('100% a')).toEqual(['axb']);
    expect(await search('special@example')).toEqual(['carol']);
    expect(await search('ACE')).toEqual(['axb']);
    expect(await search('name of')).toEqual(['carol']);
    expect(await search('\\')).toEqual([]);
    const nul = await t.gql(USERS, { search: 'a\u0000' }, asUser(admin.id));
    expect(extensionsOf(nul)).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('shows one user to a users:read holder, and null for an unknown id', async () => {
    const created = await create('erin');
    const result = await t.gql(USER, { id: created.id.toUpperCase() }, asUser(admin.id));
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({
      user: {
        id: created.id,
        username: 'erin',
        email: 'erin@example.com',
        active: true,
        roles: ['member'],
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    });
    const unknown = await t.gql(USER, { id: randomUUID() }, asUser(admin.id));
    expect(unknown.body).toEqual({ data: { user: null } });
  });

  it('shows email, active, roles and createdAt to the user themself only', async () => {
    const member = await registerUser(t);
    const other = await registerUser(t);
    const me = await t.gql('{ me { email active roles createdAt } }', {}, asUser(member.id));
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data?.['me']).toMatchObject({ active: true, roles: ['member'] });

    // Another user reached through a federation reference: each guarded field is refused.
    for (const field of ['email', 'active', 'roles', 'createdAt']) {
      const result = await t.gql(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { ${field} } } }`,
        { r: [{ __typename: 'User', id: other.id }] },
        asUser(member.id),
      );
      expect(extensionsOf(result)).toEqual({ code: 'FORBIDDEN', permission: 'users:read' });
    }
  });
});

describe('createUser', () => {
  it('refuses anonymous callers and callers without users:manage, auditing nothing', async () => {
    const member = await registerUser(t);
    expect(codeOf(await t.gql(CREATE, { input: input('nobody') }))).toBe('UNAUTHENTICATED');
    const forbidden = await t.gql(CREATE, { input: input('nobody') }, asUser(member.id));
    expect(extensionsOf(forbidden)).toEqual({ code: 'FORBIDDEN', permission: 'users:manage' });
    expect(await storedAuditEntries(t)).toEqual([]);
  });

  it('needs roles:manage as well to give a role other than member', async () => {
    const em = t.service.services.orm.em.fork();
    await em.execute(
      `insert into roles (name, description) values ('hr', 'Human resources');
       insert into role_permissions (role_id, permission_id)
       select r.id, p.id from roles r, permissions p
        where r.name = 'hr' and p.name = 'users:manage'`,
    );
    const hr = await registerUser(t);
    await grantRole(t, hr.id, 'hr');

    const escalate = await t.gql(
      CREATE,
      { input: input('sneaky', { roles: ['admin'] }) },
      asUser(hr.id),
    );
    expect(extensionsOf(escalate)).toEqual({ code: 'FORBIDDEN', permission: 'roles:manage' });
    // hr lacks users:read, so it may not read the new user's roles: ask for the id only.
    const plain = await t.gql<{ createUser: { id: string } }>(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: input('plain') },
      asUser(hr.id),
    );
    expect(plain.body.errors).toBeUndefined();
    expect(await cachedPermissions(t, plain.body.data!.createUser.id)).toEqual([]);
    expect((await storedAuditEntries(t)).map((entry) => entry.action)).toEqual(['createUser']);
  });

  it('creates a user with the given roles, caches their permissions and audits it', async () => {
    const result = await t.gql<{ createUser: { id: string } }>(
      CREATE,
      { input: input('frank', { roles: ['staff', 'member'] }) },
      { ...asUser(admin.id), 'x-request-id': 'req-create-1' },
    );
    expect(result.body.errors).toBeUndefined();
    const id = result.body.data!.createUser.id;
    expect(result.body.data).toEqual({
      createUser: {
        id,
        username: 'frank',
        email: 'frank@example.com',
        displayName: 'Name of frank',
        roles: ['member', 'staff'],
        permissions: ['courts:create', 'courts:update'],
      },
    });
    expect(await cachedPermissions(t, id)).toEqual(['courts:create', 'courts:update']);

    const entries = await storedAuditEntries(t);
    expect(entries).toEqual([
      {
        actor_id: admin.id,
        action: 'createUser',
        target_type: 'user',
        target_id: id,
        before: null,
        after: {
          id,
          username: 'frank',
          email: 'frank@example.com',
          displayName: 'Name of frank',
          active: true,
          roles: ['member', 'staff'],
        },
        request_id: 'req-create-1',
      },
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/argon2|password/i);

    // The new account can sign in with the password it was given.
    const login = await t.gql(
      'mutation { login(username: "frank", password: "correct horse battery") { tokenType } }',
    );
    expect(login.body.errors).toBeUndefined();
  });

  it('validates like register and names the field, creating and auditing nothing', async () => {
    await create('taken');
    const before = (await storedAuditEntries(t)).length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [input('x'), 'username'],
      [input('okname', { email: 'not-an-email' }), 'email'],
      [input('okname', { password: 'short' }), 'password'],
      [input('okname', { displayName: ' ' }), 'displayName'],
      [input('okname', { roles: ['wizard'] }), 'roles'],
      [input('okname', { roles: ['st\u0000aff'] }), 'roles'],
      [input('TAKEN', { email: 'other@example.com' }), 'username'],
      [input('okname', { email: 'Taken@Example.com' }), 'email'],
    ];
    for (const [bad, field] of cases) {
      const result = await t.gql(CREATE, { input: bad }, asUser(admin.id));
      expect(extensionsOf(result)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(result.text).not.toMatch(/stacktrace|argon2/i);
    }
    expect((await storedAuditEntries(t)).length).toBe(before);
    const count = await t.service.services.orm.em
      .fork()
      .execute("select count(*) from users where lower(username) = 'okname'");
    expect(Number(count[0]!['count'])).toBe(0);
  });
});

describe('updateUser', () => {
  it('refuses anonymous callers and callers without users:manage', async () => {
    const member = await registerUser(t);
    const variables = { id: member.id, input: { displayName: 'Hacked' } };
    expect(codeOf(await t.gql(UPDATE, variables))).toBe('UNAUTHENTICATED');
    expect(extensionsOf(await t.gql(UPDATE, variables, asUser(member.id)))).toEqual({
      code: 'FORBIDDEN',
      permission: 'users:manage',
    });
    expect(await storedAuditEntries(t)).toEqual([]);
  });

  it('changes email and display name and audits before and after', async () => {
    const created = await create('gina');
    const result = await t.gql(
      UPDATE,
      { id: created.id, input: { email: ' gina@new.example ', displayName: 'Gina G' } },
      asUser(admin.id),
    );
    expect(result.body).toEqual({
      data: { updateUser: { id: created.id, email: 'gina@new.example', displayName: 'Gina G' } },
    });
    const keep = await t.gql(UPDATE, { id: created.id, input: {} }, asUser(admin.id));
    expect(keep.body.data?.['updateUser']).toMatchObject({ email: 'gina@new.example' });

    const entry = (await storedAuditEntries(t)).find((e) => e.action === 'updateUser');
    expect(entry).toMatchObject({
      actor_id: admin.id,
      target_type: 'user',
      target_id: created.id,
      before: { email: 'gina@example.com', displayName: 'Name of gina', roles: ['member'] },
      after: { email: 'gina@new.example', displayName: 'Gina G', roles: ['member'] },
    });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|password/i);
  });

  it('answers NOT_FOUND and BAD_USER_INPUT without auditing', async () => {
    const first = await create('hank');
    const second = await create('ivy');
    const audited = (await storedAuditEntries(t)).length;

    const unknown = await t.gql(UPDATE, { id: randomUUID(), input: {} }, asUser(admin.id));
    const bad = await t.gql(UPDATE, { id: first.id, input: { email: 'x' } }, asUser(admin.id));
    const taken = await t.gql(
      UPDATE,
      { id: second.id, input: { email: 'HANK@example.com' } },
      asUser(admin.id),
    );
    expect(extensionsOf(unknown)).toEqual({ code: 'NOT_FOUND', field: 'id' });
    expect(extensionsOf(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(extensionsOf(taken)).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect((await storedAuditEntries(t)).length).toBe(audited);
  });
});
