import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { asUser, grantRole, registerUser } from '../support/fixtures.js';
import { captureLogs, startTestService, type TestService } from '../support/testService.js';

const ASSIGN = /* GraphQL */ `
  mutation ($userId: ID!, $role: String!) {
    assignRole(userId: $userId, role: $role) {
      id
      permissions
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation ($userId: ID!, $role: String!) {
    revokeRole(userId: $userId, role: $role) {
      id
    }
  }
`;

let t: TestService;
const { logger, logs } = captureLogs('info');

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

async function rolesOf(userId: string): Promise<string[]> {
  const rows = await t.service.services.orm.em
    .fork()
    .execute(
      'select r.name from user_roles ur join roles r on r.id = ur.role_id ' +
        'where ur.user_id = ? order by r.name',
      [userId],
    );
  return rows.map((row) => String(row['name']));
}

function codeOf(result: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) {
  return result.body.errors?.[0]?.extensions?.['code'];
}

describe('assignRole and revokeRole', () => {
  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    const target = await registerUser(t);
    for (const mutation of [ASSIGN, REVOKE]) {
      const result = await t.gql(mutation, { userId: target.id, role: 'staff' });
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    }
    expect(await rolesOf(target.id)).toEqual(['member']);
  });

  it('refuses a caller without roles:manage with FORBIDDEN', async () => {
    const staff = await registerUser(t);
    await grantRole(t, staff.id, 'staff');
    const target = await registerUser(t);

    const assign = await t.gql(ASSIGN, { userId: target.id, role: 'admin' }, asUser(staff.id));
    const revoke = await t.gql(REVOKE, { userId: target.id, role: 'member' }, asUser(staff.id));

    expect(codeOf(assign)).toBe('FORBIDDEN');
    expect(codeOf(revoke)).toBe('FORBIDDEN');
    expect(await rolesOf(target.id)).toEqual(['member']);
  });

  it('answers NOT_FOUND for an unknown user and BAD_USER_INPUT for an unknown role', async () => {
    const admin = await registerUser(t);
    await grantRole(t, admin.id, 'admin');

    const unknownUser = await t.gql(
      ASSIGN,
      { userId: randomUUID(), role: 'staff' },
      asUser(admin.id),
    );
    const badId = await t.gql(ASSIGN, { userId: 'nope', role: 'staff' }, asUser(admin.id));
    const unknownRole = await t.gql(ASSIGN, { userId: admin.id, role: 'wizard' }, asUser(admin.id));

    expect(codeOf(unknownUser)).toBe('NOT_FOUND');
    expect(codeOf(badId)).toBe('NOT_FOUND');
    expect(unknownRole.body.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'role',
    });
  });

  it.each([
    ['a NUL', 'st\u0000aff'],
    ['a control character', 'staff\u0007'],
    ['65 characters', 'r'.repeat(65)],
    ['no characters', ''],
  ])(
    'refuses a role name with %s as BAD_USER_INPUT, without a database error',
    async (_c, role) => {
      const admin = await registerUser(t);
      await grantRole(t, admin.id, 'admin');
      const target = await registerUser(t);

      for (const mutation of [ASSIGN, REVOKE]) {
        const result = await t.gql(mutation, { userId: target.id, role }, asUser(admin.id));
        expect(result.body.data ?? null).toBeNull();
        expect(result.body.errors).toEqual([
          expect.objectContaining({
            message: expect.stringMatching(/^Enter a role name/),
            extensions: { code: 'BAD_USER_INPUT', field: 'role' },
          }),
        ]);
      }
      expect(await rolesOf(target.id)).toEqual(['member']);
      expect(logs.lines.filter((line) => line['level'] === 'error')).toEqual([]);
    },
  );

  it('assigns and revokes, idempotently', async () => {
    const admin = await registerUser(t);
    await grantRole(t, admin.id, 'admin');
    const target = await registerUser(t);

    const first = await t.gql(ASSIGN, { userId: target.id, role: 'staff' }, asUser(admin.id));
    const again = await t.gql(ASSIGN, { userId: target.id, role: 'staff' }, asUser(admin.id));
    expect(first.body.errors).toBeUndefined();
    expect(again.body).toEqual({
      data: { assignRole: { id: target.id, permissions: ['courts:create', 'courts:update'] } },
    });
    expect(await rolesOf(target.id)).toEqual(['member', 'staff']);

    for (let i = 0; i < 2; i += 1) {
      const revoke = await t.gql(REVOKE, { userId: target.id, role: 'staff' }, asUser(admin.id));
      expect(revoke.body).toEqual({ data: { revokeRole: { id: target.id } } });
    }
    expect(await rolesOf(target.id)).toEqual(['member']);
  });

  it('shows each change its own permissions when several run in one request', async () => {
    const admin = await registerUser(t);
    await grantRole(t, admin.id, 'admin');
    const target = await registerUser(t);
    const combined = /* GraphQL */ `
      mutation ($userId: ID!) {
        a: assignRole(userId: $userId, role: "staff") {
          permissions
        }
        b: revokeRole(userId: $userId, role: "staff") {
          permissions
        }
        c: assignRole(userId: $userId, role: "admin") {
          permissions
        }
      }
    `;

    const result = await t.gql(combined, { userId: target.id }, asUser(admin.id));

    expect(result.body).toEqual({
      data: {
        a: { permissions: ['courts:create', 'courts:update'] },
        b: { permissions: [] },
        c: {
          permissions: [
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
          ],
        },
      },
    });
  });

  it("re-reads the actor's own permissions after the actor changed them", async () => {
    const first = await registerUser(t);
    const second = await registerUser(t);
    await grantRole(t, first.id, 'admin');
    await grantRole(t, second.id, 'admin');
    // The first field loads the actor's permissions; the revoke must not answer with them.
    const combined = /* GraphQL */ `
      mutation ($userId: ID!) {
        before: assignRole(userId: $userId, role: "member") {
          permissions
        }
        after: revokeRole(userId: $userId, role: "admin") {
          permissions
        }
      }
    `;

    const result = await t.gql(combined, { userId: first.id }, asUser(first.id));

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.['before']).toEqual({
      permissions: expect.arrayContaining(['roles:manage']),
    });
    expect(result.body.data?.['after']).toEqual({ permissions: [] });
  });

  it('refuses to remove the last holder of roles:manage, even from themself', async () => {
    const admin = await registerUser(t);
    await grantRole(t, admin.id, 'admin');

    const result = await t.gql(REVOKE, { userId: admin.id, role: 'admin' }, asUser(admin.id));

    expect(codeOf(result)).toBe('CONFLICT');
    expect(await rolesOf(admin.id)).toEqual(['admin', 'member']);
  });

  it('allows removing an admin while another active admin remains', async () => {
    const first = await registerUser(t);
    const second = await registerUser(t);
    await grantRole(t, first.id, 'admin');
    await grantRole(t, second.id, 'admin');

    const ok = await t.gql(REVOKE, { userId: second.id, role: 'admin' }, asUser(first.id));
    expect(ok.body.errors).toBeUndefined();

    const last = await t.gql(REVOKE, { userId: first.id, role: 'admin' }, asUser(first.id));
    expect(codeOf(last)).toBe('CONFLICT');
  });

  it('lets only one of two admins revoking each other at once succeed', async () => {
    const first = await registerUser(t);
    const second = await registerUser(t);
    await grantRole(t, first.id, 'admin');
    await grantRole(t, second.id, 'admin');

    const results = await Promise.all([
      t.gql(REVOKE, { userId: second.id, role: 'admin' }, asUser(first.id)),
      t.gql(REVOKE, { userId: first.id, role: 'admin' }, asUser(second.id)),
    ]);

    const codes = results.map((r) => codeOf(r) ?? 'OK').sort();
    // The second one runs after the first committed: its actor no longer holds roles:manage.
    expect(codes).toEqual(['FORBIDDEN', 'OK']);
    const holders = await t.service.services.orm.em
      .fork()
      .execute(
        'select count(*) from user_roles ur join roles r on r.id = ur.role_id ' +
          "where r.name = 'admin'",
      );
    expect(Number(holders[0]!['count'])).toBe(1);
  });
});
