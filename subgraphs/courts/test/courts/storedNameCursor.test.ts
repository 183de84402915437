import { randomUUID } from 'node:crypto';

import { decodeCursor, encodeCursor } from '../../src/courts/courtCursor.js';
import { graphqlRequest, onlyError } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';

interface Page {
  courts: {
    edges: { cursor: string; node: { id: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String) {
    courts(first: $first, after: $after) {
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

/**
 * Rows written before the text rules existed (or by hand), inserted with SQL so that no
 * validation stands in the way: today's API would refuse every one of these names.
 */
const LEGACY: { label: string; id: string; name: string }[] = [
  { label: 'a BEL', id: randomUUID(), name: 'Bell\u0007 Court' },
  { label: 'a RIGHT-TO-LEFT OVERRIDE', id: randomUUID(), name: 'Evil \u202Eeman Court' },
  { label: 'a tab and a line break', id: randomUUID(), name: 'Tab\tand\nnewline Court' },
  { label: 'a ZERO WIDTH SPACE', id: randomUUID(), name: 'Zero\u200Bwidth Court' },
  { label: 'a quote and a backslash', id: randomUUID(), name: 'Quote " and \\ Court' },
  // The longest cursor possible: every one of 80 characters escaped by JSON as \u0001.
  { label: '80 escaped characters', id: randomUUID(), name: '\u0001'.repeat(80) },
  // Valid for PostgreSQL's uuid type, though not RFC 9562 ids (nil, version 0, variant 11x).
  { label: 'the nil UUID as id', id: '00000000-0000-0000-0000-000000000000', name: 'Nil Id Court' },
  { label: 'a version 0 id', id: '12345678-1234-0234-c234-123456789abc', name: 'Odd Id Court' },
];

describe('cursors of rows stored before the text rules', () => {
  let app: TestApp;
  let db: TestDatabase;
  const list = (variables: Record<string, unknown>) =>
    graphqlRequest<Page>(app.url, LIST, variables);

  beforeAll(async () => {
    db = await TestDatabase.open();
    await db.reset();
    await db.insertCourts([{ name: 'Alpha' }, { name: 'Mike' }, { name: 'Zulu' }]);
    for (const { id, name } of LEGACY) {
      await db.orm.em.getConnection().execute(
        `insert into courts (id, name, sport, indoor, status, hourly_rate_amount,
           hourly_rate_currency, venue_id) values (?, ?, 'TENNIS', false, 'ACTIVE', 100, 'EUR',
           (select id from venues where is_default))`,
        [id, name],
      );
    }
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
  });

  it('walks past every stored row one page at a time, taking back each endCursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const response: Awaited<ReturnType<typeof list>> = await list({ first: 1, after });
      expect(response.body.errors).toBeUndefined();
      const page: Page = response.body.data!;
      seen.push(...page.courts.edges.map((edge) => edge.node.id));
      if (!page.courts.pageInfo.hasNextPage) break;
      after = page.courts.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(LEGACY.length + 3);
    expect(new Set(seen).size).toBe(LEGACY.length + 3);
    for (const { id } of LEGACY) expect(seen).toContain(id);
  });

  it.each(LEGACY)('accepts the cursor of a row with $label as after', async ({ id, name }) => {
    const cursor = encodeCursor({ name, id });
    expect(decodeCursor(cursor)).toEqual({ name, id });

    const response = await list({ first: 100, after: cursor });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.courts.edges.map((edge) => edge.node.id)).not.toContain(id);
  });

  it.each([
    ['a name holding NUL', encodeCursor({ name: 'a\u0000b', id: LEGACY[0]!.id })],
    ['an id without dashes', encodeCursor({ name: 'a', id: LEGACY[0]!.id.replaceAll('-', '') })],
    ['a number as name', Buffer.from(`[1,"${LEGACY[0]!.id}"]`).toString('base64url')],
    ['a number as id', Buffer.from('["a",1]').toString('base64url')],
    ['a third element', Buffer.from(`["a","${LEGACY[0]!.id}",1]`).toString('base64url')],
    ['bytes that are not UTF-8', Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d]).toString('base64url')],
    ['base64 with padding', `${encodeCursor({ name: 'ab', id: LEGACY[0]!.id })}=`],
    ['an 81-character name', encodeCursor({ name: '\u0001'.repeat(81), id: LEGACY[0]!.id })],
  ])('still refuses a cursor with %s as BAD_USER_INPUT on after', async (_label, after) => {
    const response = await list({ after });
    expect(onlyError(response).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('accepts the longest cursor the server can make, 698 characters', () => {
    const { id, name } = LEGACY[5]!;
    const longest = encodeCursor({ id, name });
    expect(longest).toHaveLength(698);
    expect(decodeCursor(longest)).toEqual({ id, name });
  });
});
