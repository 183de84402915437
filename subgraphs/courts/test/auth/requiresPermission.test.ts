import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';

import { applyRequiresPermission } from '../../src/auth/applyRequiresPermission.js';
import { graphqlRequest, onlyError } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';
import { TestRedis } from '../helpers/testRedis.js';

const ADMIN = '6f1c2b0e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const VIEWER = '1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d';
const STRANGER = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateCourtInput!) {
    createCourt(input: $input) {
      id
      name
      createdBy {
        id
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateCourtInput!) {
    updateCourt(id: $id, input: $input) {
      id
      name
    }
  }
`;
const DELETE = /* GraphQL */ `
  mutation Delete($id: ID!) {
    deleteCourt(id: $id)
  }
`;
const input = {
  name: 'Guarded',
  sport: 'PADEL',
  indoor: true,
  hourlyRate: { amount: 1, currency: 'EUR' },
};

describe('@requiresPermission on the courts mutations', () => {
  let app: TestApp;
  let db: TestDatabase;
  const redis = new TestRedis();
  const as = (userId: string) => ({ 'x-auth-user': userId });

  beforeAll(async () => {
    db = await TestDatabase.open();
    app = await startTestApp();
    await redis.grant(ADMIN, ['courts:create', 'courts:delete', 'courts:update']);
    await redis.grant(VIEWER, []);
  });
  beforeEach(() => db.reset());
  afterAll(async () => {
    await app.stop();
    await db.close();
    await redis.close();
  });

  it('refuses anonymous callers with UNAUTHENTICATED and writes nothing', async () => {
    const [court] = await db.insertCourts([{ name: 'Kept' }]);
    const calls = [
      graphqlRequest(app.url, CREATE, { input }),
      graphqlRequest(app.url, UPDATE, { id: court!.id, input: { name: 'Changed' } }),
      graphqlRequest(app.url, DELETE, { id: court!.id }),
    ];
    for (const response of await Promise.all(calls)) {
      expect(onlyError(response).extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(response.body.data).toBeNull();
    }
    const list = await graphqlRequest<{ courts: { totalCount: number } }>(
      app.url,
      '{ courts { totalCount edges { node { name } } } }',
    );
    expect(list.body.data?.courts).toEqual({ totalCount: 1, edges: [{ node: { name: 'Kept' } }] });
  });

  it('refuses a user with an empty set with FORBIDDEN naming the permission', async () => {
    const [court] = await db.insertCourts([{ name: 'Kept' }]);
    const cases: [Promise<Parameters<typeof onlyError>[0]>, string][] = [
      [graphqlRequest(app.url, CREATE, { input }, as(VIEWER)), 'courts:create'],
      [graphqlRequest(app.url, UPDATE, { id: court!.id, input: {} }, as(VIEWER)), 'courts:update'],
      [graphqlRequest(app.url, DELETE, { id: court!.id }, as(VIEWER)), 'courts:delete'],
    ];
    for (const [pending, permission] of cases) {
      const error = onlyError(await pending);
      expect(error.extensions).toEqual({ code: 'FORBIDDEN', permission });
      expect(error.message).toContain(`"${permission}"`);
    }
  });

  it('refuses a user with no cache entry yet as retryable, and writes nothing', async () => {
    const [court] = await db.insertCourts([{ name: 'Kept' }]);
    const calls = [
      graphqlRequest(app.url, CREATE, { input }, as(STRANGER)),
      graphqlRequest(app.url, UPDATE, { id: court!.id, input: { name: 'X' } }, as(STRANGER)),
      graphqlRequest(app.url, DELETE, { id: court!.id }, as(STRANGER)),
    ];
    for (const response of await Promise.all(calls)) {
      const error = onlyError(response);
      expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
      expect(error.message).toMatch(/retry shortly/);
      expect(response.body.data).toBeNull();
    }
    const found = await graphqlRequest(app.url, `{ court(id: "${court!.id}") { name } }`);
    expect(found.body.data).toEqual({ court: { name: 'Kept' } });
  });

  it('guards deleteCourt, declared in `extend type Mutation`, on its own permission', async () => {
    await redis.grant(VIEWER, ['courts:create', 'courts:update']);
    try {
      const [court] = await db.insertCourts([{ name: 'Still here' }]);
      const refused = await graphqlRequest(app.url, DELETE, { id: court!.id }, as(VIEWER));
      expect(onlyError(refused).extensions?.['code']).toBe('FORBIDDEN');

      const found = await graphqlRequest(app.url, `{ court(id: "${court!.id}") { id } }`);
      expect(found.body.data).toEqual({ court: { id: court!.id } });
    } finally {
      await redis.grant(VIEWER, []);
    }
  });

  it('lets a user holding the permissions create, update and delete', async () => {
    const created = await graphqlRequest<{
      createCourt: { id: string; createdBy: { id: string } };
    }>(app.url, CREATE, { input }, as(ADMIN));
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.createCourt.id;
    expect(created.body.data!.createCourt.createdBy).toEqual({ id: ADMIN });

    const updated = await graphqlRequest(
      app.url,
      UPDATE,
      { id, input: { name: 'Renamed' } },
      as(ADMIN),
    );
    expect(updated.body).toEqual({ data: { updateCourt: { id, name: 'Renamed' } } });

    const deleted = await graphqlRequest(app.url, DELETE, { id }, as(ADMIN));
    expect(deleted.body).toEqual({ data: { deleteCourt: true } });
  });

  it('refuses at once after a right is revoked in the cache', async () => {
    await redis.grant(VIEWER, ['courts:create']);
    const ok = await graphqlRequest(app.url, CREATE, { input }, as(VIEWER));
    expect(ok.body.errors).toBeUndefined();

    await redis.grant(VIEWER, []);
    const refused = await graphqlRequest(
      app.url,
      CREATE,
      { input: { ...input, name: 'B' } },
      as(VIEWER),
    );
    expect(onlyError(refused).extensions?.['code']).toBe('FORBIDDEN');
  });

  it('leaves unguarded queries open to anonymous callers', async () => {
    const response = await graphqlRequest(app.url, '{ courts { totalCount } }');
    expect(response.body).toEqual({ data: { courts: { totalCount: 0 } } });
  });
});

describe('applyRequiresPermission on type-level directives and extensions', () => {
  const typeDefs = parse(/* GraphQL */ `
    extend schema
      @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@composeDirective"])
      @link(url: "https://courtgraph.dev/permissions/v1.0", import: ["@requiresPermission"])
      @composeDirective(name: "@requiresPermission")
    directive @requiresPermission(permission: String!) on FIELD_DEFINITION | OBJECT

    type Vault @key(fields: "id") {
      id: ID!
      secret: String
    }
    extend type Vault @requiresPermission(permission: "vaults:read")

    type Query {
      open: String
    }
  `);
  const schema = applyRequiresPermission(
    buildSubgraphSchema([
      {
        typeDefs,
        resolvers: {
          Query: { open: () => 'open' },
          Vault: {
            __resolveReference: (ref: { id: string }) => ({ id: ref.id, secret: `s-${ref.id}` }),
          },
        },
      },
    ]),
  );
  const ENTITIES = `{ _entities(representations: [{ __typename: "Vault", id: "v1" }]) {
    ... on Vault { id secret } } }`;

  function run(source: string, userId: string | null, held: string[]) {
    const contextValue = { userId, readPermissions: async () => new Set(held) };
    return graphql({ schema, source, contextValue });
  }

  it('guards every field of a type whose directive sits in an extension', async () => {
    const anonymous = await run(ENTITIES, null, []);
    expect(anonymous.errors?.map((e) => e.extensions['code'])).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    const forbidden = await run(ENTITIES, ADMIN, ['courts:create']);
    expect(forbidden.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      permission: 'vaults:read',
    });
  });

  it('keeps __resolveReference working for allowed callers', async () => {
    const allowed = await run(ENTITIES, ADMIN, ['vaults:read']);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toEqual({ _entities: [{ id: 'v1', secret: 's-v1' }] });
  });

  it('leaves fields without the directive alone', async () => {
    expect((await run('{ open }', null, [])).data).toEqual({ open: 'open' });
  });
});
