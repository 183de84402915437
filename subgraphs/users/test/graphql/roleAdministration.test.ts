import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import {
  cachedPermissions,
  codeOf,
  extensionsOf,
  resetCatalog,
  storedAuditEntries,
} from '../support/administration.js';
import { asUser, grantRole, registerUser } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/testService.js';

const ROLES = '{ roles { name description system permissions } }';
const PERMISSIONS = '{ permissions { name description } }';
const CREATE = /* GraphQL */ `
  mutation ($input: CreateRoleInput!) {
    createRole(input: $input) {
      name
      description
      system
      permissions
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($name: String!, $input: UpdateRoleInput!) {
    updateRole(name: $name, input: $input) {
      name
      description
      permissions
    }
  }
`;
const DELETE = 'mutation ($name: String!) { deleteRole(name: $name) }';
const ASSIGN = 'mutation ($u: ID!, $r: String!) { assignRole(userId: $u, role: $r) { id } }';

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
  admin = await registerUser(t);
  await grantRole(t, admin.id, 'admin');
});

async function createRole(name: string, permissions: string[]): Promise<void> {
  const result = await t.gql(
    CREATE,
    { input: { name, description: `The ${name} role`, permissions } },
    asUser(admin.id),
  );
  if (result.body.errors) {
    throw new Error(`createRole failed: ${result.text}`);
  }
}

async function roleNames(): Promise<string[]> {
  const rows = await t.service.services.orm.em
    .fork()
    .execute('select name from roles order by name');
  return rows.map((row) => String(row['name']));
}

describe('roles and permissions queries', () => {
  it('refuses anonymous callers and callers without roles:read', async () => {
    const staff = await registerUser(t);
    await grantRole(t, staff.id, 'staff');
    for (const query of [ROLES, PERMISSIONS]) {
      expect(codeOf(await t.gql(query))).toBe('UNAUTHENTICATED');
      expect(extensionsOf(await t.gql(query, {}, asUser(staff.id)))).toEqual({
        code: 'FORBIDDEN',
        permission: 'roles:read',
      });
    }
  });

  it('lists roles with their permissions and the catalog, including audit:read', async () => {
    const roles = await t.gql<{ roles: Array<Record<string, unknown>> }>(
      ROLES,
      {},
      asUser(admin.id),
    );
    expect(roles.body.data?.roles.map((role) => role['name'])).toEqual([
      'admin',
      'member',
      'staff',
    ]);
    expect(roles.body.data?.roles[2]).toEqual({
      name: 'staff',
      description: 'Venue staff who maintain courts',
      system: true,
      permissions: ['courts:create', 'courts:update'],
    });
    expect(roles.body.data?.roles[1]).toMatchObject({ name: 'member', permissions: [] });
    expect(roles.body.data?.roles[0]?.['permissions']).toContain('audit:read');

    const catalog = await t.gql<{ permissions: Array<{ name: string }> }>(
      PERMISSIONS,
      {},
      asUser(admin.id),
    );
    expect(catalog.body.data?.permissions).toContainEqual({
      name: 'audit:read',
      description: 'Read the audit log of user and role changes',
    });
    expect(catalog.body.data?.permissions).toHaveLength(12);
  });
});

describe('createRole', () => {
  it('refuses anonymous callers and callers without roles:manage, auditing nothing', async () => {
    const staff = await registerUser(t);
    await grantRole(t, staff.id, 'staff');
    const input = { name: 'coach', description: 'Coaches', permissions: [] };
    expect(codeOf(await t.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(extensionsOf(await t.gql(CREATE, { input }, asUser(staff.id)))).toEqual({
      code: 'FORBIDDEN',
      permission: 'roles:manage',
    });
    expect(await roleNames()).toEqual(['admin', 'member', 'staff']);
    expect(await storedAuditEntries(t)).toEqual([]);
  });

  it('creates a role and audits it', async () => {
    const result = await t.gql(
      CREATE,
      {
        input: {
          name: 'front-desk',
          description: '  Reception  ',
          permissions: ['courts:update', 'courts:create', 'courts:update'],
        },
      },
      { ...asUser(admin.id), 'x-request-id': 'req-role-1' },
    );
    const role = {
      name: 'front-desk',
      description: 'Reception',
      system: false,
      permissions: ['courts:create', 'courts:update'],
    };
    expect(result.body).toEqual({ data: { createRole: role } });
    expect(await storedAuditEntries(t)).toEqual([
      {
        actor_id: admin.id,
        action: 'createRole',
        target_type: 'role',
        target_id: 'front-desk',
        before: null,
        after: role,
        request_id: 'req-role-1',
      },
    ]);
  });

  it.each([
    [{ name: 'Coach' }, { field: 'name' }],
    [{ name: 'c' }, { field: 'name' }],
    [{ name: '1coach' }, { field: 'name' }],
    [{ name: 'c'.repeat(33) }, { field: 'name' }],
    [{ name: 'staff' }, { field: 'name' }],
    [{ description: 'x'.repeat(201) }, { field: 'description' }],
    [{ description: 'bad\u0000' }, { field: 'description' }],
    [{ permissions: ['courts:fly'] }, { field: 'permissions', permission: 'courts:fly' }],
    [{ permissions: ['a\u0000:b'] }, { field: 'permissions', permission: 'a\u0000:b' }],
  ])('refuses %j as BAD_USER_INPUT, creating and auditing nothing', async (change, ext) => {
    const input = { name: 'coach', description: 'Coaches', permissions: [], ...change };
    const result = await t.gql(CREATE, { input }, asUser(admin.id));
    expect(extensionsOf(result)).toEqual({ code: 'BAD_USER_INPUT', ...ext });
    expect(await roleNames()).toEqual(['admin', 'member', 'staff']);
    expect(await storedAuditEntries(t)).toEqual([]);
  });
});

describe('updateRole', () => {
  it('refuses anonymous callers, callers without roles:manage and unknown roles', async () => {
    const staff = await registerUser(t);
    await grantRole(t, staff.id, 'staff');
    const variables = { name: 'staff', input: { permissions: ['courts:delete'] } };
    expect(codeOf(await t.gql(UPDATE, variables))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(UPDATE, variables, asUser(staff.id)))).toBe('FORBIDDEN');
    const unknown = await t.gql(UPDATE, { ...variables, name: 'ghost' }, asUser(admin.id));
    expect(extensionsOf(unknown)).toEqual({ code: 'NOT_FOUND', field: 'name' });
    const unknownPermission = await t.gql(
      UPDATE,
      { name: 'staff', input: { permissions: ['courts:create', 'nope:nope'] } },
      asUser(admin.id),
    );
    expect(extensionsOf(unknownPermission)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'permissions',
      permission: 'nope:nope',
    });
    expect(await cachedPermissions(t, staff.id)).toEqual(['courts:create', 'courts:update']);
    expect(await storedAuditEntries(t)).toEqual([]);
  });

  it("rewrites every holder's cached permissions and audits before and after", async () => {
    await createRole('coach', ['courts:create']);
    const holders = [await registerUser(t), await registerUser(t), await registerUser(t)];
    for (const holder of holders) {
      await t.gql(ASSIGN, { u: holder.id, r: 'coach' }, asUser(admin.id));
    }
    const bystander = await registerUser(t);
    expect(await cachedPermissions(t, holders[2]!.id)).toEqual(['courts:create']);

    const result = await t.gql(
      UPDATE,
      { name: 'coach', input: { permissions: ['courts:update', 'roles:read'] } },
      asUser(admin.id),
    );
    expect(result.body).toEqual({
      data: {
        updateRole: {
          name: 'coach',
          description: 'The coach role',
          permissions: ['courts:update', 'roles:read'],
        },
      },
    });
    for (const holder of holders) {
      expect(await cachedPermissions(t, holder.id)).toEqual(['courts:update', 'roles:read']);
    }
    expect(await cachedPermissions(t, bystander.id)).toEqual([]);

    const entry = (await storedAuditEntries(t)).find((e) => e.action === 'updateRole');
    expect(entry).toEqual({
      actor_id: admin.id,
      action: 'updateRole',
      target_type: 'role',
      target_id: 'coach',
      before: {
        name: 'coach',
        description: 'The coach role',
        system: false,
        permissions: ['courts:create'],
      },
      after: {
        name: 'coach',
        description: 'The coach role',
        system: false,
        permissions: ['courts:update', 'roles:read'],
      },
      request_id: expect.any(String),
    });
  });

  it('changes only the description when permissions are omitted', async () => {
    await createRole('coach', ['courts:create']);
    const result = await t.gql(
      UPDATE,
      { name: 'coach', input: { description: 'Runs training' } },
      asUser(admin.id),
    );
    expect(result.body.data?.['updateRole']).toEqual({
      name: 'coach',
      description: 'Runs training',
      permissions: ['courts:create'],
    });
  });

  it('refuses to take roles:manage from the only role that grants it to anyone', async () => {
    const allButManage = [
      'audit:read',
      'courts:create',
      'courts:delete',
      'courts:update',
      'roles:read',
      'users:manage',
      'users:read',
    ];
    const result = await t.gql(
      UPDATE,
      { name: 'admin', input: { permissions: allButManage } },
      asUser(admin.id),
    );
    expect(extensionsOf(result)).toEqual({ code: 'CONFLICT', field: 'role' });
    expect(await cachedPermissions(t, admin.id)).toContain('roles:manage');
    expect(await storedAuditEntries(t)).toEqual([]);

    // With another active holder of roles:manage through another role, it is allowed.
    await createRole('keymaster', ['roles:manage']);
    const keeper = await registerUser(t);
    await t.gql(ASSIGN, { u: keeper.id, r: 'keymaster' }, asUser(admin.id));
    const allowed = await t.gql(
      UPDATE,
      { name: 'admin', input: { permissions: allButManage } },
      asUser(admin.id),
    );
    expect(allowed.body.errors).toBeUndefined();
    expect(await cachedPermissions(t, admin.id)).toEqual(allButManage);
  });
});

describe('deleteRole', () => {
  it('refuses anonymous callers and callers without roles:manage', async () => {
    await createRole('coach', []);
    const staff = await registerUser(t);
    await grantRole(t, staff.id, 'staff');
    expect(codeOf(await t.gql(DELETE, { name: 'coach' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(DELETE, { name: 'coach' }, asUser(staff.id)))).toBe('FORBIDDEN');
    expect(await roleNames()).toContain('coach');
  });

  it('refuses system roles, roles still held and unknown roles, auditing nothing', async () => {
    await createRole('coach', []);
    const holder = await registerUser(t);
    await t.gql(ASSIGN, { u: holder.id, r: 'coach' }, asUser(admin.id));
    const audited = (await storedAuditEntries(t)).length;

    const system = await t.gql(DELETE, { name: 'staff' }, asUser(admin.id));
    const held = await t.gql(DELETE, { name: 'coach' }, asUser(admin.id));
    const unknown = await t.gql(DELETE, { name: 'ghost' }, asUser(admin.id));
    const malformed = await t.gql(DELETE, { name: 'gh\u0000ost' }, asUser(admin.id));

    expect(extensionsOf(system)).toEqual({
      code: 'CONFLICT',
      field: 'name',
      reason: 'SYSTEM_ROLE',
    });
    expect(extensionsOf(held)).toEqual({
      code: 'CONFLICT',
      field: 'name',
      reason: 'ROLE_IN_USE',
      holders: 1,
    });
    expect(held.body.errors?.[0]?.message).toMatch(/^1 user\(s\) still hold the role "coach"/);
    expect(extensionsOf(unknown)).toEqual({ code: 'NOT_FOUND', field: 'name' });
    expect(extensionsOf(malformed)).toEqual({ code: 'NOT_FOUND', field: 'name' });
    expect(await roleNames()).toEqual(['admin', 'coach', 'member', 'staff']);
    expect((await storedAuditEntries(t)).length).toBe(audited);
  });

  it('deletes a role nobody holds and audits it', async () => {
    await createRole('coach', ['courts:create']);
    const result = await t.gql(DELETE, { name: 'coach' }, asUser(admin.id));
    expect(result.body).toEqual({ data: { deleteRole: true } });
    expect(await roleNames()).toEqual(['admin', 'member', 'staff']);
    expect((await storedAuditEntries(t)).at(-1)).toMatchObject({
      action: 'deleteRole',
      target_type: 'role',
      target_id: 'coach',
      before: { name: 'coach', permissions: ['courts:create'] },
      after: null,
    });
  });
});
