import { encodeCursor } from '../../src/courts/courtCursor.js';
import { graphqlRequest, onlyError } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';

interface Page {
  courts: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $filter: CourtFilter) {
    courts(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('courts(first, after, filter)', () => {
  let app: TestApp;
  let db: TestDatabase;
  const list = (variables: Record<string, unknown>) =>
    graphqlRequest<Page>(app.url, LIST, variables);
  const names = (page: Page) => page.courts.edges.map((edge) => edge.node.name);

  beforeAll(async () => {
    db = await TestDatabase.open();
    await db.reset();
    app = await startTestApp();
    const many = Array.from({ length: 25 }, (_, i) => ({
      name: `Court ${String(i).padStart(2, '0')}`,
      indoor: i % 2 === 0,
      sport: i < 5 ? ('PADEL' as const) : ('TENNIS' as const),
    }));
    await db.insertCourts([
      ...many,
      { name: 'alpha', status: 'CLOSED' },
      { name: 'Bravo', status: 'MAINTENANCE' },
      { name: '100% Padel', sport: 'PADEL' },
      { name: 'Hall_A', sport: 'SQUASH' },
      { name: 'HallBA', sport: 'SQUASH' },
    ]);
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
  });

  it('defaults to 20 courts ordered by name ignoring case, with totalCount of all', async () => {
    const page = (await list({})).body.data!;
    expect(page.courts.totalCount).toBe(30);
    expect(page.courts.edges).toHaveLength(20);
    expect(names(page).slice(0, 4)).toEqual(['100% Padel', 'alpha', 'Bravo', 'Court 00']);
    expect(page.courts.pageInfo).toEqual({
      hasNextPage: true,
      endCursor: page.courts.edges[19]!.cursor,
    });
  });

  it('walks every court exactly once with after = endCursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: Awaited<ReturnType<typeof list>> = await list({ first: 7, after });
      const page: Page = response.body.data!;
      seen.push(...names(page));
      pages += 1;
      expect(page.courts.totalCount).toBe(30);
      if (!page.courts.pageInfo.hasNextPage) {
        expect(page.courts.edges).toHaveLength(30 - 7 * 4);
        break;
      }
      after = page.courts.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(30);
    expect(seen).toEqual([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('answers an empty last page with hasNextPage false and a null endCursor', async () => {
    const last = encodeCursor({ name: 'zzzz', id: 'ffffffff-ffff-4fff-bfff-ffffffffffff' });
    const page = (await list({ after: last })).body.data!;
    expect(page.courts.edges).toEqual([]);
    expect(page.courts.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(page.courts.totalCount).toBe(30);
  });

  it('applies sport, status and indoor filters to edges and totalCount', async () => {
    const padel = (await list({ filter: { sport: 'PADEL' } })).body.data!;
    expect(padel.courts.totalCount).toBe(6);
    expect(names(padel)[0]).toBe('100% Padel');

    const closed = (await list({ filter: { status: 'CLOSED' } })).body.data!;
    expect(names(closed)).toEqual(['alpha']);
    expect(closed.courts.totalCount).toBe(1);

    const indoorPadel = (await list({ filter: { sport: 'PADEL', indoor: true } })).body.data!;
    expect(names(indoorPadel)).toEqual(['Court 00', 'Court 02', 'Court 04']);
    expect(indoorPadel.courts.totalCount).toBe(3);

    const page = (await list({ first: 2, filter: { sport: 'PADEL' } })).body.data!;
    expect(page.courts.pageInfo.hasNextPage).toBe(true);
    const next = await list({
      first: 10,
      after: page.courts.pageInfo.endCursor,
      filter: { sport: 'PADEL' },
    });
    expect(names(next.body.data!)).toEqual(['Court 01', 'Court 02', 'Court 03', 'Court 04']);
  });

  it('searches case-insensitively by substring', async () => {
    const page = (await list({ filter: { search: 'COURT 1' } })).body.data!;
    expect(page.courts.totalCount).toBe(10);
    expect(names(page)[0]).toBe('Court 10');
  });

  it('treats % and _ in a search as plain characters', async () => {
    const percent = (await list({ filter: { search: '%' } })).body.data!;
    expect(names(percent)).toEqual(['100% Padel']);

    const underscore = (await list({ filter: { search: 'hall_' } })).body.data!;
    expect(names(underscore)).toEqual(['Hall_A']);

    const backslash = (await list({ filter: { search: '\\' } })).body.data!;
    expect(backslash.courts.totalCount).toBe(0);
  });

  it.each([0, -1, 101])('refuses first = %i with BAD_USER_INPUT on first', async (first) => {
    const response = await list({ first });
    expect(onlyError(response).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('accepts first = 100', async () => {
    expect((await list({ first: 100 })).body.data!.courts.edges).toHaveLength(30);
  });

  it.each([
    ['not base64url', '!!!'],
    ['base64url of non-JSON', Buffer.from('hello').toString('base64url')],
    ['a JSON object', Buffer.from('{"n":"a"}').toString('base64url')],
    ['a bad id', Buffer.from('["a","not-a-uuid"]').toString('base64url')],
    ['an empty string', ''],
  ])('refuses an after cursor that is %s with BAD_USER_INPUT on after', async (_label, after) => {
    const response = await list({ after });
    expect(onlyError(response).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
