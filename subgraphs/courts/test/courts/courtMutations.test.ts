import { graphqlRequest, onlyError } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';
import { TestRedis } from '../helpers/testRedis.js';

const ADMIN = '6f1c2b0e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const HEADERS = { 'x-auth-user': ADMIN };
const COURT_FIELDS = `id name sport surface indoor status hourlyRate { amount currency }
  createdAt updatedAt createdBy { id }`;
const CREATE = `mutation ($input: CreateCourtInput!) {
  createCourt(input: $input) { ${COURT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCourtInput!) {
  updateCourt(id: $id, input: $input) { ${COURT_FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deleteCourt(id: $id) }';
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

interface CourtBody {
  id: string;
  name: string;
  surface: string | null;
  status: string;
  createdAt: string;
  updatedAt: string;
}

const valid = {
  name: '  Court One  ',
  sport: 'TENNIS',
  indoor: false,
  hourlyRate: { amount: 2500, currency: 'EUR' },
};

describe('court mutations', () => {
  let app: TestApp;
  let db: TestDatabase;
  const redis = new TestRedis();

  const create = (input: Record<string, unknown>) =>
    graphqlRequest<{ createCourt: CourtBody }>(app.url, CREATE, { input }, HEADERS);
  const update = (id: string, input: Record<string, unknown>) =>
    graphqlRequest<{ updateCourt: CourtBody }>(app.url, UPDATE, { id, input }, HEADERS);

  beforeAll(async () => {
    db = await TestDatabase.open();
    app = await startTestApp();
    await redis.grant(ADMIN, ['courts:create', 'courts:delete', 'courts:update']);
  });
  beforeEach(() => db.reset());
  afterAll(async () => {
    await app.stop();
    await db.close();
    await redis.close();
  });

  it('creates a court with trimmed name, defaults and ISO 8601 UTC timestamps', async () => {
    const response = await create(valid);
    expect(response.body.errors).toBeUndefined();
    const court = response.body.data!.createCourt;
    expect(court).toMatchObject({
      name: 'Court One',
      sport: 'TENNIS',
      surface: null,
      indoor: false,
      status: 'ACTIVE',
      hourlyRate: { amount: 2500, currency: 'EUR' },
      createdBy: { id: ADMIN },
    });
    expect(court.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(court.createdAt).toMatch(ISO_UTC);
    expect(court.updatedAt).toBe(court.createdAt);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['an 81-character name', { name: 'x'.repeat(81) }, 'name'],
    ['a lowercase currency', { hourlyRate: { amount: 1, currency: 'eur' } }, 'hourlyRate.currency'],
    ['a 4-letter currency', { hourlyRate: { amount: 1, currency: 'EURO' } }, 'hourlyRate.currency'],
    ['an unknown currency', { hourlyRate: { amount: 1, currency: 'ZZZ' } }, 'hourlyRate.currency'],
    ['a negative amount', { hourlyRate: { amount: -1, currency: 'EUR' } }, 'hourlyRate.amount'],
    [
      'an amount above the maximum',
      { hourlyRate: { amount: 10_000_001, currency: 'EUR' } },
      'hourlyRate.amount',
    ],
    ['a 41-character surface', { surface: 's'.repeat(41) }, 'surface'],
  ])('refuses %s with BAD_USER_INPUT on the field', async (_label, change, field) => {
    const response = await create({ ...valid, ...change });
    expect(onlyError(response).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(response.body.data).toBeNull();
  });

  it('accepts the limits themselves', async () => {
    const response = await create({
      ...valid,
      name: 'n'.repeat(80),
      surface: 's'.repeat(40),
      hourlyRate: { amount: 10_000_000, currency: 'USD' },
    });
    expect(response.body.errors).toBeUndefined();
  });

  it('refuses an enum value outside the schema as a GraphQL input error', async () => {
    const response = await create({ ...valid, sport: 'CHESS' });
    expect(onlyError(response).extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses a duplicate name in any case, then serves the next request', async () => {
    expect((await create(valid)).body.errors).toBeUndefined();

    const duplicate = await create({ ...valid, name: 'COURT one' });
    const error = onlyError(duplicate);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(error.message).toMatch(/already has a court with this name/);

    const next = await create({ ...valid, name: 'Court Two' });
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data?.createCourt.name).toBe('Court Two');
  });

  it('lets exactly one of many concurrent creations of one name succeed', async () => {
    const names = ['Race', 'RACE', 'race', 'rAcE', 'Race '];
    const responses = await Promise.all(names.map((name) => create({ ...valid, name })));
    const won = responses.filter((r) => !r.body.errors);
    const lost = responses.filter((r) => r.body.errors);
    expect(won).toHaveLength(1);
    for (const r of lost)
      expect(onlyError(r).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('updates only the given fields, clears surface with null and bumps updatedAt', async () => {
    const [court] = await db.insertCourts([
      { name: 'Before', surface: 'clay', createdAt: new Date(0), updatedAt: new Date(0) },
    ]);
    const response = await update(court!.id, {
      name: ' After ',
      status: 'MAINTENANCE',
      surface: null,
      hourlyRate: { amount: 0, currency: 'GBP' },
    });
    expect(response.body.errors).toBeUndefined();
    const updated = response.body.data!.updateCourt;
    expect(updated).toMatchObject({
      id: court!.id,
      name: 'After',
      sport: 'TENNIS',
      surface: null,
      status: 'MAINTENANCE',
      hourlyRate: { amount: 0, currency: 'GBP' },
      createdAt: '1970-01-01T00:00:00.000Z',
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(0);
  });

  it('lets a court change the case of its own name', async () => {
    const [court] = await db.insertCourts([{ name: 'centre' }]);
    const response = await update(court!.id, { name: 'Centre' });
    expect(response.body.data?.updateCourt.name).toBe('Centre');
  });

  it('refuses renaming onto another court, then serves the next request', async () => {
    const [first] = await db.insertCourts([{ name: 'Alpha' }, { name: 'Beta' }]);
    const clash = await update(first!.id, { name: 'BETA' });
    expect(onlyError(clash).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });

    const next = await update(first!.id, { name: 'Gamma' });
    expect(next.body.data?.updateCourt.name).toBe('Gamma');
  });

  it.each([
    ['name', { name: null }],
    ['sport', { sport: null }],
    ['hourlyRate', { hourlyRate: null }],
  ])('refuses null for the required field %s', async (field, input) => {
    const [court] = await db.insertCourts([{}]);
    const response = await update(court!.id, input);
    expect(onlyError(response).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['an unknown id', '3f0f8a2e-2d7b-4c1e-9a55-6b7c8d9e0f1a'],
    ['a malformed id', 'not-a-uuid'],
    ['an SQL-looking id', "1' or '1'='1"],
  ])('answers NOT_FOUND to update and delete of %s', async (_label, id) => {
    const updated = await update(id, { name: 'x' });
    expect(onlyError(updated).extensions).toEqual({ code: 'NOT_FOUND' });
    const deleted = await graphqlRequest(app.url, DELETE, { id }, HEADERS);
    expect(onlyError(deleted).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('deletes a court, after which it is gone', async () => {
    const [court] = await db.insertCourts([{}]);
    const deleted = await graphqlRequest(app.url, DELETE, { id: court!.id }, HEADERS);
    expect(deleted.body).toEqual({ data: { deleteCourt: true } });

    const again = await graphqlRequest(app.url, DELETE, { id: court!.id }, HEADERS);
    expect(onlyError(again).extensions).toEqual({ code: 'NOT_FOUND' });
    const found = await graphqlRequest(app.url, `{ court(id: "${court!.id}") { id } }`);
    expect(found.body).toEqual({ data: { court: null } });
  });

  it('answers null, not an error, to court() with an unknown or malformed id', async () => {
    const unknown = await graphqlRequest(
      app.url,
      '{ court(id: "3f0f8a2e-2d7b-4c1e-9a55-6b7c8d9e0f1a") { id } }',
    );
    expect(unknown.body).toEqual({ data: { court: null } });
    const malformed = await graphqlRequest(app.url, '{ court(id: "42") { id } }');
    expect(malformed.body).toEqual({ data: { court: null } });
  });
});
