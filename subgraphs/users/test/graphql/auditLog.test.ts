import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import {
  codeOf,
  extensionsOf,
  resetCatalog,
  storedAuditEntries,
} from '../support/administration.js';
import { asUser, grantRole, registerUser } from '../support/fixtures.js';
import { startTestService, type GraphQLResult, type TestService } from '../support/testService.js';

const AUDIT_LOG = /* GraphQL */ `
  query ($first: Int, $after: String, $actorId: ID, $targetId: ID) {
    auditLog(first: $first, after: $after, actorId: $actorId, targetId: $targetId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          actorId
          action
          targetType
          targetId
          before
          after
          requestId
          createdAt
        }
      }
    }
  }
`;
const ASSIGN = 'mutation ($u: ID!, $r: String!) { assignRole(userId: $u, role: $r) { id } }';
const REVOKE = 'mutation ($u: ID!, $r: String!) { revokeRole(userId: $u, role: $r) { id } }';

interface Node {
  id: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: string | null;
  after: string | null;
  requestId: string | null;
  createdAt: string;
}
type Log = {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: Node }>;
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
  admin = await registerUser(t);
  await grantRole(t, admin.id, 'admin');
});

async function log(variables: Record<string, unknown>): Promise<Log['auditLog']> {
  const result: GraphQLResult<Log> = await t.gql<Log>(AUDIT_LOG, variables, asUser(admin.id));
  if (!result.body.data) {
    throw new Error(`auditLog failed: ${result.text}`);
  }
  return result.body.data.auditLog;
}

describe('auditLog', () => {
  it('refuses anonymous callers and callers without audit:read', async () => {
    const staff = await registerUser(t);
    await grantRole(t, staff.id, 'staff');
    expect(codeOf(await t.gql(AUDIT_LOG))).toBe('UNAUTHENTICATED');
    expect(extensionsOf(await t.gql(AUDIT_LOG, {}, asUser(staff.id)))).toEqual({
      code: 'FORBIDDEN',
      permission: 'audit:read',
    });
  });

  it('records assignRole and revokeRole with before and after, but not no-ops', async () => {
    const user = await registerUser(t);
    const headers = { ...asUser(admin.id), 'x-request-id': 'req-assign-1' };
    await t.gql(ASSIGN, { u: user.id, r: 'staff' }, headers);
    await t.gql(ASSIGN, { u: user.id, r: 'staff' }, asUser(admin.id));
    await t.gql(REVOKE, { u: user.id, r: 'staff' }, asUser(admin.id));
    await t.gql(REVOKE, { u: user.id, r: 'staff' }, asUser(admin.id));

    const page = await log({});
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((edge) => edge.node)).toEqual([
      {
        id: expect.any(String),
        actorId: admin.id,
        action: 'revokeRole',
        targetType: 'user',
        targetId: user.id,
        before: JSON.stringify({ roles: ['member', 'staff'] }),
        after: JSON.stringify({ roles: ['member'] }),
        requestId: expect.any(String),
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      },
      expect.objectContaining({
        action: 'assignRole',
        before: JSON.stringify({ roles: ['member'] }),
        after: JSON.stringify({ roles: ['member', 'staff'] }),
        requestId: 'req-assign-1',
      }),
    ]);
  });

  it('records deactivateUser and reactivateUser, and nothing for a refused one', async () => {
    const user = await registerUser(t);
    const deactivate = 'mutation ($id: ID!) { deactivateUser(userId: $id) { id } }';
    const reactivate = 'mutation ($id: ID!) { reactivateUser(userId: $id) { id } }';
    await t.gql(deactivate, { id: user.id }, { ...asUser(admin.id), 'x-request-id': 'req-off' });
    await t.gql(reactivate, { id: user.id }, asUser(admin.id));
    // The only holder of roles:manage cannot be deactivated: refused, rolled back, unrecorded.
    expect(codeOf(await t.gql(deactivate, { id: admin.id }, asUser(admin.id)))).toBe('CONFLICT');

    const page = await log({});
    expect(page.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        action: 'reactivateUser',
        targetId: user.id,
        before: JSON.stringify({ active: false }),
        after: JSON.stringify({ active: true }),
      }),
      expect.objectContaining({
        actorId: admin.id,
        action: 'deactivateUser',
        targetType: 'user',
        targetId: user.id,
        before: JSON.stringify({ active: true }),
        after: JSON.stringify({ active: false }),
        requestId: 'req-off',
      }),
    ]);
  });

  it('writes nothing for a refused or rolled-back change', async () => {
    const member = await registerUser(t);
    // Refused before any change: the caller lacks roles:manage.
    await t.gql(ASSIGN, { u: member.id, r: 'admin' }, asUser(member.id));
    // Rolled back after the delete ran: it would leave nobody with roles:manage.
    const last = await t.gql(REVOKE, { u: admin.id, r: 'admin' }, asUser(admin.id));
    expect(codeOf(last)).toBe('CONFLICT');
    expect(await storedAuditEntries(t)).toEqual([]);
  });

  it('pages newest first and filters by actor and target', async () => {
    const other = await registerUser(t);
    await grantRole(t, other.id, 'admin');
    const targets = [await registerUser(t), await registerUser(t)];
    await t.gql(ASSIGN, { u: targets[0]!.id, r: 'staff' }, asUser(admin.id));
    await t.gql(ASSIGN, { u: targets[1]!.id, r: 'staff' }, asUser(admin.id));
    await t.gql(REVOKE, { u: targets[0]!.id, r: 'staff' }, asUser(other.id));
    await t.gql(ASSIGN, { u: targets[1]!.id, r: 'admin' }, asUser(other.id));
    await t.gql(REVOKE, { u: targets[1]!.id, r: 'staff' }, asUser(admin.id));

    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages += 1) {
      const page: Log['auditLog'] = await log({ first: 2, after });
      expect(page.totalCount).toBe(5);
      ids.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) {
        expect(pages).toBe(3);
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(5);
    expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => b - a));

    const byOther = await log({ actorId: other.id.toUpperCase() });
    expect(byOther.totalCount).toBe(2);
    expect(byOther.edges.map((edge) => edge.node.action)).toEqual(['assignRole', 'revokeRole']);

    const onSecond = await log({ targetId: targets[1]!.id });
    expect(onSecond.edges.map((edge) => edge.node.action)).toEqual([
      'revokeRole',
      'assignRole',
      'assignRole',
    ]);
    const both = await log({ actorId: admin.id, targetId: targets[1]!.id, first: 1 });
    expect(both.totalCount).toBe(2);
    expect(both.pageInfo.hasNextPage).toBe(true);
    const rest = await log({
      actorId: admin.id,
      targetId: targets[1]!.id,
      after: both.pageInfo.endCursor,
    });
    expect(rest.edges.map((edge) => edge.node.action)).toEqual(['assignRole']);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: rest.edges[0]!.cursor });

    const empty = await log({ actorId: randomUUID() });
    expect(empty).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it('refuses malformed filters and cursors as BAD_USER_INPUT', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ actorId: 'not-a-uuid' }, 'actorId'],
      [{ targetId: 'Bad Target' }, 'targetId'],
      [{ targetId: 'x\u0000' }, 'targetId'],
      [{ after: Buffer.from('users:alice').toString('base64url') }, 'after'],
      [{ after: 'garbage' }, 'after'],
      [{ first: 101 }, 'first'],
    ];
    for (const [variables, field] of cases) {
      const result = await t.gql(AUDIT_LOG, variables, asUser(admin.id));
      expect(extensionsOf(result)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });
});
