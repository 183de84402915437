import { request } from 'node:http';

import { parseIdentity } from '../../src/auth/parseIdentity.js';
import { graphqlRequest, onlyError } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';
import { TestRedis } from '../helpers/testRedis.js';

const USER = '0b8a6d53-6c1e-4f5e-9f59-2f3f5c0a1d2e';
const CREATE = /* GraphQL */ `
  mutation {
    createCourt(
      input: {
        name: "Identity Court"
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

describe('parseIdentity', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['Caddy placeholder text', '{http.reverse_proxy.header.X-Auth-User}'],
    ['non-UUID text', 'admin'],
    ['UUID with extra text', `${USER} `],
    ['two UUIDs joined by Node', `${USER}, ${USER}`],
    ['UUID without dashes', USER.replaceAll('-', '')],
    ['nil UUID', '00000000-0000-0000-0000-000000000000'],
    ['array of values', [USER, USER]],
    ['array of one value', [USER]],
  ])('treats %s as anonymous', (_label, header) => {
    expect(parseIdentity(header)).toBeNull();
  });

  it('accepts a UUID and lowercases it', () => {
    expect(parseIdentity(USER)).toBe(USER);
    expect(parseIdentity(USER.toUpperCase())).toBe(USER);
  });
});

describe('x-auth-user over HTTP', () => {
  let app: TestApp;
  let db: TestDatabase;
  const redis = new TestRedis();

  beforeAll(async () => {
    db = await TestDatabase.open();
    await db.reset();
    app = await startTestApp();
    await redis.grant(USER, ['courts:create']);
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
    await redis.close();
  });

  it.each([
    ['no header', {}],
    ['an empty header', { 'x-auth-user': '' }],
    ['the placeholder', { 'x-auth-user': '{http.reverse_proxy.header.X-Auth-User}' }],
    ['a non-UUID', { 'x-auth-user': 'not-a-user' }],
  ])('refuses a guarded mutation with %s as UNAUTHENTICATED', async (_label, headers) => {
    const response = await graphqlRequest(app.url, CREATE, {}, headers);
    expect(onlyError(response).extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeNull();
  });

  it('treats a repeated header as anonymous even when each copy is a granted user', async () => {
    const body = JSON.stringify({ query: CREATE });
    const text = await new Promise<string>((resolve, reject) => {
      const url = new URL(`${app.url}/graphql`);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          // A raw header list lets us send x-auth-user twice, as a hostile client might.
          // Node's server refuses HTTP/1.1 without Host; a raw list gets none by default.
          headers: [
            ['host', url.host],
            ['content-type', 'application/json'],
            ['content-length', String(Buffer.byteLength(body))],
            ['x-auth-user', USER],
            ['x-auth-user', USER],
          ].flat(),
        },
        (res) => {
          let chunks = '';
          res.on('data', (chunk: Buffer) => (chunks += chunk.toString()));
          res.on('end', () => resolve(chunks));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    const parsed = JSON.parse(text) as { errors: { extensions: { code: string } }[] };
    expect(parsed.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('accepts an uppercase UUID and stores the lowercase id as creator', async () => {
    const response = await graphqlRequest<{ createCourt: { createdBy: { id: string } } }>(
      app.url,
      CREATE,
      {},
      { 'x-auth-user': USER.toUpperCase() },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.createCourt.createdBy).toEqual({ id: USER });
  });
});
