import { encodeCursor } from '../../src/courts/courtCursor.js';
import { graphqlRequest, onlyError, type GraphQLResponse } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';
import { TestRedis } from '../helpers/testRedis.js';

const ADMIN = '5d7e9f10-2a3b-4c5d-8e6f-7a8b9c0d1e2f';
const HEADERS = { 'x-auth-user': ADMIN };
const CREATE = `mutation ($input: CreateCourtInput!) {
  createCourt(input: $input) { id name surface } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCourtInput!) {
  updateCourt(id: $id, input: $input) { id name surface } }`;
const DELETE = 'mutation ($id: ID!) { deleteCourt(id: $id) }';
const LIST = `query ($filter: CourtFilter, $after: String) {
  courts(filter: $filter, after: $after) { totalCount edges { node { name } } } }`;
const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Court { id } } }`;

/** "Café" twice: precomposed U+00E9, and e followed by U+0301 COMBINING ACUTE ACCENT. */
const CAFE_NFC = 'Caf\u00e9';
const CAFE_NFD = 'Cafe\u0301';

const valid = {
  name: 'Court',
  sport: 'PADEL',
  indoor: true,
  hourlyRate: { amount: 1500, currency: 'EUR' },
};

interface CourtBody {
  id: string;
  name: string;
  surface: string | null;
}
interface ListBody {
  courts: { totalCount: number; edges: { node: { name: string } }[] };
}

/** The exact refusal every bad text input must get: one coded error, no data, never a 500. */
function expectRefused(response: GraphQLResponse<unknown>, field: string): void {
  expect(response.status).toBe(200);
  expect(onlyError(response).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  expect(response.body.data).toBeNull();
}

describe('text inputs: control, format and unnormalised characters', () => {
  let app: TestApp;
  let db: TestDatabase;
  const redis = new TestRedis();

  const create = (input: Record<string, unknown>) =>
    graphqlRequest<{ createCourt: CourtBody }>(app.url, CREATE, { input }, HEADERS);
  const update = (id: string, input: Record<string, unknown>) =>
    graphqlRequest<{ updateCourt: CourtBody }>(app.url, UPDATE, { id, input }, HEADERS);
  const list = (variables: Record<string, unknown>) =>
    graphqlRequest<ListBody>(app.url, LIST, variables);
  let logMark = 0;
  const maskedLogs = () =>
    app
      .logs()
      .slice(logMark)
      .filter((l) => l['msg'] === 'unexpected error masked');

  beforeAll(async () => {
    db = await TestDatabase.open();
    app = await startTestApp();
    await redis.grant(ADMIN, ['courts:create', 'courts:update', 'courts:delete']);
  });
  beforeEach(async () => {
    await db.reset();
    logMark = app.logs().length;
  });
  afterEach(() => {
    // No case in this file may reach the database with a value it rejects.
    expect(maskedLogs()).toEqual([]);
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
    await redis.close();
  });

  describe('control characters (Unicode Cc)', () => {
    it.each([
      ['NUL', 'a\u0000'],
      ['a line feed', 'Court\nOne'],
      ['a tab', 'Court\tOne'],
      ['DEL', 'Court\u007f'],
      ['a C1 control', 'Court\u0085'],
    ])('refuses %s in name and surface on create and update', async (_label, text) => {
      expectRefused(await create({ ...valid, name: text }), 'name');
      expectRefused(await create({ ...valid, surface: text }), 'surface');

      const [court] = await db.insertCourts([{ name: 'Existing' }]);
      expectRefused(await update(court!.id, { name: text }), 'name');
      expectRefused(await update(court!.id, { surface: text }), 'surface');
    });

    it('refuses NUL in a search from an anonymous caller, literal or variable', async () => {
      const literal = await graphqlRequest(
        app.url,
        '{ courts(filter: { search: "a\\u0000" }) { totalCount } }',
      );
      expectRefused(literal, 'filter.search');
      expectRefused(await list({ filter: { search: '\u0000' } }), 'filter.search');
      expectRefused(await list({ filter: { search: 'x\ny' } }), 'filter.search');
    });

    it('refuses a cursor whose name holds NUL as an invalid after', async () => {
      const after = encodeCursor({ name: 'a\u0000', id: '3f0f8a2e-2d7b-4c1e-9a55-6b7c8d9e0f1a' });
      expectRefused(await list({ after }), 'after');
    });
  });

  describe('format characters (Unicode Cf)', () => {
    it.each([
      ['RIGHT-TO-LEFT OVERRIDE', '\u202e'],
      ['LEFT-TO-RIGHT EMBEDDING', '\u202a'],
      ['POP DIRECTIONAL FORMATTING', '\u202c'],
      ['RIGHT-TO-LEFT ISOLATE', '\u2067'],
      ['POP DIRECTIONAL ISOLATE', '\u2069'],
      ['ZERO WIDTH SPACE', '\u200b'],
      ['RIGHT-TO-LEFT MARK', '\u200f'],
      ['SOFT HYPHEN', '\u00ad'],
      ['BYTE ORDER MARK', '\ufeff'],
    ])('refuses %s in name and surface', async (_label, char) => {
      expectRefused(await create({ ...valid, name: `Court${char}One` }), 'name');
      expectRefused(await create({ ...valid, surface: `clay${char}` }), 'surface');

      const [court] = await db.insertCourts([{ name: 'Existing' }]);
      expectRefused(await update(court!.id, { name: `${char}Court` }), 'name');
    });

    it('names every allowed format character in the refusal, not the joiner alone', async () => {
      const error = onlyError(await create({ ...valid, name: 'Court\u200BOne' }));
      expect(error.message).toBe(
        'Remove invisible formatting characters (such as direction overrides, zero-width ' +
          'spaces or soft hyphens) from name; of these only the zero-width joiner (U+200D), ' +
          'the zero-width non-joiner (U+200C) and tag characters (U+E0020 to U+E007F) are allowed.',
      );
      expect(error.message).not.toMatch(/emoji/i);
    });

    it('accepts the zero width joiner that emoji sequences need', async () => {
      const family = 'Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467} Court';
      const response = await create({ ...valid, name: family, surface: 'grass\u200D' });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.createCourt).toMatchObject({
        name: family,
        surface: 'grass\u200D',
      });
    });

    it.each([
      [
        'a zero width non-joiner (Persian)',
        '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 Court',
      ],
      [
        'tag characters (the flag of Scotland)',
        'Court \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
      ],
    ])('accepts %s', async (_label, name) => {
      const response = await create({ ...valid, name });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.createCourt).toMatchObject({ name });
    });

    it('refuses an unpaired surrogate, which would be stored as U+FFFD', async () => {
      expectRefused(await create({ ...valid, name: 'Court \ud800' }), 'name');
      expectRefused(await create({ ...valid, surface: '\udc00clay' }), 'surface');
    });
  });

  describe('Unicode normalisation (NFC)', () => {
    it('stores names and surfaces in NFC', async () => {
      const response = await create({
        ...valid,
        name: CAFE_NFD,
        surface: `Terre battue ${CAFE_NFD}`,
      });
      expect(response.body.data?.createCourt).toMatchObject({
        name: CAFE_NFC,
        surface: `Terre battue ${CAFE_NFC}`,
      });
      const [stored] = await db.orm.em.fork().getConnection().execute('select name from courts');
      expect(stored).toEqual({ name: CAFE_NFC });
    });

    it('treats a name written two ways as one name on create and on rename', async () => {
      expect((await create({ ...valid, name: CAFE_NFC })).body.errors).toBeUndefined();

      const duplicate = await create({ ...valid, name: CAFE_NFD });
      expectRefused(duplicate, 'name');
      expect(onlyError(duplicate).message).toMatch(/already has a court with this name/);

      const [other] = await db.insertCourts([{ name: 'Other' }]);
      expectRefused(await update(other!.id, { name: CAFE_NFD.toUpperCase() }), 'name');
    });

    it('finds a name whichever way the search writes it', async () => {
      await db.insertCourts([{ name: `${CAFE_NFC} Court` }, { name: 'Cafeteria' }]);
      for (const search of [CAFE_NFC, CAFE_NFD, 'cafe\u0301 c']) {
        const page = (await list({ filter: { search } })).body.data!;
        expect(page.courts.edges.map((edge) => edge.node.name)).toEqual([`${CAFE_NFC} Court`]);
      }
    });
  });

  describe('search length', () => {
    it('accepts 80 characters and refuses 81, counted in code points', async () => {
      await db.insertCourts([{ name: 'x'.repeat(80) }]);
      const at = await list({ filter: { search: 'x'.repeat(80) } });
      expect(at.body.data?.courts.totalCount).toBe(1);

      expectRefused(await list({ filter: { search: 'x'.repeat(81) } }), 'filter.search');
      expectRefused(await list({ filter: { search: 'y'.repeat(100_000) } }), 'filter.search');

      // 80 emoji are 160 UTF-16 units but 80 characters.
      const emoji = await list({ filter: { search: '\u{1F3BE}'.repeat(80) } });
      expect(emoji.body.data?.courts.totalCount).toBe(0);
    });
  });

  describe('odd ids', () => {
    const ODD_IDS: [string, string][] = [
      ['NUL', '\u0000'],
      ['a UUID followed by NUL', '3f0f8a2e-2d7b-4c1e-9a55-6b7c8d9e0f1a\u0000'],
      ['10 000 characters', 'x'.repeat(10_000)],
      ['a bidi override', '\u202e'],
    ];

    it.each(ODD_IDS)('answers null to court(id:) with %s', async (_label, id) => {
      const query = 'query ($id: ID!) { court(id: $id) { id } }';
      const response = await graphqlRequest(app.url, query, { id });
      expect(response.body).toEqual({ data: { court: null } });
    });

    it.each(ODD_IDS)('answers NOT_FOUND to update and delete with %s', async (_label, id) => {
      expect(onlyError(await update(id, { name: 'x' })).extensions).toEqual({ code: 'NOT_FOUND' });
      const deleted = await graphqlRequest(app.url, DELETE, { id }, HEADERS);
      expect(onlyError(deleted).extensions).toEqual({ code: 'NOT_FOUND' });
    });

    it.each([
      ['an array holding a valid id', ['3f0f8a2e-2d7b-4c1e-9a55-6b7c8d9e0f1a']],
      ['a number', 42],
      ['an object', { id: '3f0f8a2e-2d7b-4c1e-9a55-6b7c8d9e0f1a' }],
      ['null', null],
      ['NUL', '\u0000'],
    ])('resolves a Court reference whose id is %s to null', async (_label, id) => {
      const representations = [{ __typename: 'Court', id }];
      const response = await graphqlRequest(app.url, ENTITIES, { representations });
      expect(response.body).toEqual({ data: { _entities: [null] } });
    });
  });
});
