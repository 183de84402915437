import { graphqlRequest, onlyError } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';
import { TestRedis } from '../helpers/testRedis.js';

const USER = '0b8a6d53-6c1e-4f5e-9f59-2f3f5c0a1d2e';
const SECRET = 'gateway-secret-for-tests-0123456789abcdef';
const CREATE = /* GraphQL */ `
  mutation ($name: String!) {
    createCourt(
      input: {
        name: $name
        sport: TENNIS
        indoor: true
        hourlyRate: { amount: 100, currency: "EUR" }
      }
    ) {
      id
      createdBy {
        id
      }
    }
  }
`;

describe('GATEWAY_SECRET over HTTP', () => {
  let app: TestApp;
  let db: TestDatabase;
  const redis = new TestRedis();
  let counter = 0;
  const create = (headers: Record<string, string>) =>
    graphqlRequest<{ createCourt: { createdBy: { id: string } | null } }>(
      app.url,
      CREATE,
      { name: `Gateway Court ${++counter}` },
      headers,
    );

  beforeAll(async () => {
    db = await TestDatabase.open();
    await db.reset();
    app = await startTestApp({ gatewaySecret: SECRET });
    await redis.grant(USER, ['courts:create']);
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
    await redis.close();
  });

  it.each([
    ['no secret', { 'x-auth-user': USER }],
    ['an empty secret', { 'x-auth-user': USER, 'x-gateway-secret': '' }],
    [
      'a wrong secret of the same length',
      { 'x-auth-user': USER, 'x-gateway-secret': 'x'.repeat(SECRET.length) },
    ],
    ['a prefix of the secret', { 'x-auth-user': USER, 'x-gateway-secret': SECRET.slice(0, 32) }],
  ])('treats a valid user id with %s as anonymous (UNAUTHENTICATED)', async (_label, headers) => {
    const response = await create(headers);
    expect(onlyError(response).extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeNull();
  });

  it('believes X-Auth-User when the right secret comes with it', async () => {
    const response = await create({ 'x-auth-user': USER, 'x-gateway-secret': SECRET });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.createCourt.createdBy).toEqual({ id: USER });
  });

  it('keeps public queries open to callers without the secret', async () => {
    const response = await graphqlRequest(app.url, '{ courts { totalCount } }');
    expect(response.body.errors).toBeUndefined();
  });

  it('never writes the secret into the logs', () => {
    const text = JSON.stringify(app.logs());
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(SECRET);
  });
});

describe('without GATEWAY_SECRET', () => {
  let app: TestApp;
  const redis = new TestRedis();

  beforeAll(async () => {
    app = await startTestApp({ gatewaySecret: null });
    await redis.grant(USER, ['courts:create']);
  });
  afterAll(async () => {
    await app.stop();
    await redis.close();
  });

  it('trusts X-Auth-User from every caller, as before', async () => {
    const response = await graphqlRequest<{ createCourt: { createdBy: { id: string } } }>(
      app.url,
      CREATE,
      { name: 'Ungated Court' },
      { 'x-auth-user': USER },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.createCourt.createdBy).toEqual({ id: USER });
  });
});
