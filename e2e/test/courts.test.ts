/** Court management end to end: staff, members, federation of createdBy, bad input. */
import pg from 'pg';

import { assignRole, login, registerMember, type Session } from './support/accounts.js';
import { createCourt, uniqueCourtName } from './support/courts.js';
import { POSTGRES_URL, USERS_DATABASE, readStack } from './support/e2eEnvironment.js';
import { firstCode, graphql } from './support/graphqlClient.js';

let demouser: Session;
let admin: Session;

beforeAll(async () => {
  demouser = await login('demouser', 'demo123');
  admin = await login('admin', 'admin123');
});

const NO_STACK = /stacktrace|at .*\.(js|ts):\d+/;

describe('staff and members', () => {
  it('demouser logs in and creates a court, credited to demouser', async () => {
    const name = uniqueCourtName('Centre');
    const result = await createCourt(demouser, { name, surface: 'artificial grass' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createCourt).toMatchObject({
      name,
      sport: 'PADEL',
      indoor: true,
      status: 'ACTIVE',
      surface: 'artificial grass',
      hourlyRate: { amount: 2400, currency: 'EUR' },
      createdBy: { id: demouser.userId, username: 'demouser' },
    });
  });

  it('a registered member gets FORBIDDEN and no court is created', async () => {
    const member = await registerMember();
    const name = uniqueCourtName('Forbidden');
    const result = await createCourt(member, { name });
    expect(firstCode(result)).toBe('FORBIDDEN');

    const listed = await graphql<{ courts: { totalCount: number } }>(
      'query($search: String) { courts(filter: { search: $search }) { totalCount } }',
      { variables: { search: name } },
    );
    expect(listed.data?.courts.totalCount).toBe(0);
  });

  it('deleteCourt, declared in extend type Mutation, is guarded too', async () => {
    const court = await createCourt(demouser);
    const id = court.data?.createCourt.id;
    const remove = `mutation($id: ID!) { deleteCourt(id: $id) }`;

    const byStaff = await graphql(remove, { token: demouser.token, variables: { id } });
    expect(firstCode(byStaff)).toBe('FORBIDDEN');

    const byAdmin = await graphql<{ deleteCourt: boolean }>(remove, {
      token: admin.token,
      variables: { id },
    });
    expect(byAdmin.data?.deleteCourt).toBe(true);
  });
});

describe('bad input', () => {
  it('invalid input gets BAD_USER_INPUT naming the field', async () => {
    const result = await createCourt(demouser, { hourlyRate: { amount: 1000, currency: 'euro' } });
    expect(firstCode(result)).toBe('BAD_USER_INPUT');
    expect(String(result.errors?.[0]?.extensions?.field)).toMatch(/currency/);
    expect(result.text).not.toMatch(NO_STACK);
  });

  it('an unknown enum value is refused before any resolver runs', async () => {
    const result = await createCourt(demouser, { sport: 'CURLING' });
    expect(result.status).toBe(400);
    expect(firstCode(result)).toBe('BAD_USER_INPUT');
  });

  it('a second court with the same name in any case is refused; the next works', async () => {
    const name = uniqueCourtName('Unique');
    expect((await createCourt(demouser, { name })).errors).toBeUndefined();

    const duplicate = await createCourt(demouser, { name: name.toUpperCase() });
    expect(firstCode(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors?.[0]?.extensions?.field).toBe('name');
    expect(duplicate.text).not.toMatch(NO_STACK);

    const next = await createCourt(demouser);
    expect(next.errors).toBeUndefined();
    expect(next.data?.createCourt.id).toEqual(expect.any(String));
  });
});

describe('federation', () => {
  it('a page of courts resolves createdBy with one batched fetch to users', async () => {
    const creators = [demouser, admin];
    for (const creator of creators) {
      for (let i = 0; i < 3; i += 1) await createCourt(creator, { name: uniqueCourtName('Batch') });
    }

    const { usersFetchLogUrl } = readStack();
    await fetch(usersFetchLogUrl, { method: 'DELETE' });
    const requestId = `batch-${Date.now()}`;
    const page = await graphql<{
      courts: { edges: { node: { createdBy: { id: string } | null } }[] };
    }>(
      `
        {
          courts(first: 50, filter: { search: "Batch" }) {
            edges {
              node {
                createdBy {
                  id
                  username
                }
              }
            }
          }
        }
      `,
      {
        headers: { 'x-request-id': requestId },
      },
    );

    const edges = page.data?.courts.edges ?? [];
    expect(edges.length).toBeGreaterThanOrEqual(6);
    const creatorIds = new Set(edges.map((edge) => edge.node.createdBy?.id));
    expect(creatorIds).toEqual(new Set([demouser.userId, admin.userId]));

    const fetches = (await (await fetch(usersFetchLogUrl)).json()) as {
      requestId: string;
      query: string;
    }[];
    const forThisRequest = fetches.filter((entry) => entry.requestId === requestId);
    expect(forThisRequest).toHaveLength(1);
    expect(forThisRequest[0]?.query).toContain('_entities');
  });

  it('a court whose creator no longer exists still lists, with createdBy null', async () => {
    const creator = await registerMember('leaver');
    await assignRole(admin, creator.userId, 'staff');
    const name = uniqueCourtName('Orphan');
    expect((await createCourt(creator, { name })).errors).toBeUndefined();

    const users = new pg.Client({ connectionString: `${POSTGRES_URL}/${USERS_DATABASE}` });
    await users.connect();
    try {
      const deleted = await users.query('DELETE FROM users WHERE id = $1', [creator.userId]);
      expect(deleted.rowCount).toBe(1);
    } finally {
      await users.end();
    }

    const listed = await graphql<{
      courts: { edges: { node: { name: string; createdBy: unknown } }[] };
    }>(
      `
        query ($search: String) {
          courts(filter: { search: $search }) {
            edges {
              node {
                name
                createdBy {
                  id
                  username
                }
              }
            }
          }
        }
      `,
      {
        variables: { search: name },
      },
    );
    expect(listed.status).toBe(200);
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.courts.edges).toEqual([{ node: { name, createdBy: null } }]);
    expect(listed.text).not.toMatch(NO_STACK);
  });

  it('Court entities still resolve after the directive transform', async () => {
    const court = await createCourt(demouser);
    const id = court.data?.createCourt.id;
    const { courtsUrl } = readStack();
    const response = await fetch(`${courtsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Court { id name } } }',
        variables: { r: [{ __typename: 'Court', id }] },
      }),
    });
    const body = (await response.json()) as { data: { _entities: { id: string }[] } };
    expect(body.data._entities).toEqual([{ id, name: court.data?.createCourt.name }]);
  });
});
