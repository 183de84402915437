import { readFileSync } from 'node:fs';

import { buildSubgraphSchema } from '@apollo/subgraph';
import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals';
import { getDirectiveValues, isObjectType, parse } from 'graphql';

import { codeOf, extensionsOf } from '../support/administration.js';
import { asUser, registerUser } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/testService.js';

const SCHEMA = parse(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const SOME_ID = '00000000-0000-4000-8000-000000000001';

/**
 * One operation per guarded field, with arguments valid enough to reach the resolver. The
 * users subgraph checks permissions in its resolvers (mutations again inside their
 * transaction); this table proves that each field refuses exactly as its @requiresPermission
 * says, and the first test proves the table covers every field that carries the directive.
 */
const OPERATIONS: Record<string, [string, Record<string, unknown>]> = {
  'Query.users': ['{ users { totalCount } }', {}],
  'Query.user': ['query ($id: ID!) { user(id: $id) { id } }', { id: SOME_ID }],
  'Query.roles': ['{ roles { name } }', {}],
  'Query.permissions': ['{ permissions { name } }', {}],
  'Query.auditLog': ['{ auditLog { totalCount } }', {}],
  'Mutation.assignRole': [
    'mutation ($u: ID!) { assignRole(userId: $u, role: "staff") { id } }',
    { u: SOME_ID },
  ],
  'Mutation.revokeRole': [
    'mutation ($u: ID!) { revokeRole(userId: $u, role: "staff") { id } }',
    { u: SOME_ID },
  ],
  'Mutation.createUser': [
    'mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }',
    {
      i: {
        username: 'guarded_user',
        email: 'guarded@example.com',
        password: 'correct horse battery staple',
        displayName: 'Guarded',
      },
    },
  ],
  'Mutation.updateUser': [
    'mutation ($id: ID!) { updateUser(id: $id, input: { displayName: "X" }) { id } }',
    { id: SOME_ID },
  ],
  'Mutation.createRole': [
    'mutation { createRole(input: { name: "guarded", description: "d", permissions: [] }) { name } }',
    {},
  ],
  'Mutation.updateRole': [
    'mutation { updateRole(name: "staff", input: { description: "d" }) { name } }',
    {},
  ],
  'Mutation.deleteRole': ['mutation { deleteRole(name: "guarded") }', {}],
  'Mutation.deactivateUser': [
    'mutation ($u: ID!) { deactivateUser(userId: $u) { id } }',
    { u: SOME_ID },
  ],
  'Mutation.reactivateUser': [
    'mutation ($u: ID!) { reactivateUser(userId: $u) { id } }',
    { u: SOME_ID },
  ],
};

/** Every `Type.field` of the schema that carries @requiresPermission, with its permission. */
function guardedFields(): Map<string, string> {
  const schema = buildSubgraphSchema([{ typeDefs: SCHEMA }]);
  const directive = schema.getDirective('requiresPermission');
  if (!directive) throw new Error('schema.graphql does not define @requiresPermission');
  const guarded = new Map<string, string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const values = field.astNode ? getDirectiveValues(directive, field.astNode) : undefined;
      if (values) guarded.set(`${type.name}.${field.name}`, String(values.permission));
    }
  }
  return guarded;
}

let t: TestService;

beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

it('has an operation for every field carrying @requiresPermission, and no other', () => {
  expect([...guardedFields().keys()].sort()).toEqual(Object.keys(OPERATIONS).sort());
});

it('refuses each guarded field to a member, naming the permission its directive states', async () => {
  const member = await registerUser(t);
  for (const [coordinate, permission] of guardedFields()) {
    const [query, variables] = OPERATIONS[coordinate]!;
    const result = await t.gql(query, variables, asUser(member.id));
    expect({ coordinate, code: codeOf(result) }).toEqual({ coordinate, code: 'FORBIDDEN' });
    expect({ coordinate, permission: extensionsOf(result)?.permission }).toEqual({
      coordinate,
      permission,
    });
  }
});

it('refuses each guarded field to anonymous callers as UNAUTHENTICATED', async () => {
  for (const coordinate of guardedFields().keys()) {
    const [query, variables] = OPERATIONS[coordinate]!;
    const result = await t.gql(query, variables);
    expect({ coordinate, code: codeOf(result) }).toEqual({ coordinate, code: 'UNAUTHENTICATED' });
  }
});
