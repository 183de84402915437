import { BlackHole } from '../helpers/blackHole.js';
import { graphqlRequest, onlyError, type GraphQLResponse } from '../helpers/graphqlRequest.js';
import { OwnRedisServer } from '../helpers/ownRedisServer.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';
import { TestRedis } from '../helpers/testRedis.js';

const USER = '6f1c2b0e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const AS_USER = { 'x-auth-user': USER };
const CREATE = /* GraphQL */ `
  mutation Create($name: String!) {
    createCourt(
      input: {
        name: $name
        sport: TENNIS
        indoor: true
        hourlyRate: { amount: 1, currency: "EUR" }
      }
    ) {
      id
    }
  }
`;
const LIST = '{ courts(first: 5) { totalCount edges { node { name } } } }';
/** The promise of the task: a guarded call is refused within this many milliseconds. */
const REFUSED_WITHIN_MS = 2_000;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

/** Asserts a fail-closed refusal: SERVICE_UNAVAILABLE, quickly, no data, nothing granted. */
async function expectRefused(app: TestApp, name: string): Promise<GraphQLResponse> {
  const { result, ms } = await timed(() => graphqlRequest(app.url, CREATE, { name }, AS_USER));
  expect(ms).toBeLessThan(REFUSED_WITHIN_MS);
  expect(onlyError(result).extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
  expect(result.body.data).toBeNull();
  return result;
}

async function expectUnguardedReadWorks(app: TestApp, names: string[]): Promise<void> {
  const response = await graphqlRequest(app.url, LIST);
  expect(response.body).toEqual({
    data: {
      courts: { totalCount: names.length, edges: names.map((name) => ({ node: { name } })) },
    },
  });
  const byId = await graphqlRequest(
    app.url,
    '{ court(id: "00000000-0000-4000-8000-000000000000") { id } }',
  );
  expect(byId.body).toEqual({ data: { court: null } });
}

async function expectNotReady(app: TestApp): Promise<void> {
  const { result, ms } = await timed(() => fetch(`${app.url}/health/ready`));
  expect(ms).toBeLessThan(REFUSED_WITHIN_MS);
  expect(result.status).toBe(503);
  expect(await result.json()).toEqual({ status: 'unavailable', failing: ['redis'] });
  // The process itself stays up: liveness answers.
  expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
}

/** Polls readiness until the service reports ready again (the client reconnects by itself). */
async function waitUntilReady(app: TestApp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await fetch(`${app.url}/health/ready`)).status === 200) return;
    if (Date.now() > deadline) throw new Error(`not ready again within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('permission cache faults on a redis-server of our own', () => {
  let server: OwnRedisServer;
  let writer: TestRedis;
  let app: TestApp;
  let db: TestDatabase;

  beforeAll(async () => {
    server = await OwnRedisServer.start();
    writer = new TestRedis(server.url);
    db = await TestDatabase.open();
    await db.reset();
    app = await startTestApp({ redisUrl: server.url });
  });
  afterAll(async () => {
    await app?.stop();
    await writer?.client.quit().catch(() => undefined);
    writer?.client.disconnect();
    await db?.reset();
    await db?.close();
    await server?.close();
  });

  it('refuses a user with no cache entry yet as retryable, never FORBIDDEN', async () => {
    const refused = await expectRefused(app, 'Early');
    const error = onlyError(refused);
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
    expect(error.message).toMatch(/retry shortly/);
    await expectUnguardedReadWorks(app, []);
  });

  it('refuses an entry without the permission as FORBIDDEN', async () => {
    await writer.grant(USER, ['courts:update']);
    const response = await graphqlRequest(app.url, CREATE, { name: 'Nope' }, AS_USER);
    expect(onlyError(response).extensions).toEqual({
      code: 'FORBIDDEN',
      permission: 'courts:create',
    });
  });

  it('allows a user once the entry grants the permission', async () => {
    await writer.grant(USER, ['courts:create']);
    const response = await graphqlRequest(app.url, CREATE, { name: 'Before' }, AS_USER);
    expect(response.body.errors).toBeUndefined();
  });

  it('fails closed while the server is down, and recovers when it is back', async () => {
    await server.stop();
    await expectRefused(app, 'While down');
    await expectUnguardedReadWorks(app, ['Before']);
    await expectNotReady(app);
    // Repeated refusals stay fast: nothing queues up behind the outage.
    await Promise.all([expectRefused(app, 'A'), expectRefused(app, 'B')]);

    await server.start();
    await waitUntilReady(app, 5_000);
    // A restarted cache is empty: retryable until users writes the entry again.
    expect(onlyError(await expectRefused(app, 'Empty')).extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: 1,
    });
    await writer.grant(USER, ['courts:create']);
    const response = await graphqlRequest(app.url, CREATE, { name: 'After' }, AS_USER);
    expect(response.body.errors).toBeUndefined();
    await expectUnguardedReadWorks(app, ['After', 'Before']);
  });

  it('fails closed while the server is frozen, and recovers when it thaws', async () => {
    await writer.grant(USER, ['courts:create']);
    server.freeze();
    try {
      await expectRefused(app, 'Frozen');
      await expectUnguardedReadWorks(app, ['After', 'Before']);
      await expectNotReady(app);
    } finally {
      server.thaw();
    }
    await waitUntilReady(app, 5_000);
    const response = await graphqlRequest(app.url, CREATE, { name: 'Thawed' }, AS_USER);
    expect(response.body.errors).toBeUndefined();
  });
});

describe('permission cache behind a black hole (accepts TCP, never answers)', () => {
  let hole: BlackHole;
  let app: TestApp;

  beforeAll(async () => {
    hole = await BlackHole.open();
    app = await startTestApp({ redisUrl: hole.url });
  });
  afterAll(async () => {
    await app?.stop();
    await hole?.close();
  });

  it('was really connected to the black hole', () => {
    expect(hole.connections).toBeGreaterThan(0);
  });

  it('refuses a guarded mutation with SERVICE_UNAVAILABLE within two seconds', async () => {
    const refused = await expectRefused(app, 'Void');
    expect(onlyError(refused).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('keeps serving unguarded reads and reports redis as not ready', async () => {
    const response = await graphqlRequest(app.url, '{ courts(first: 1) { totalCount } }');
    expect(response.body.errors).toBeUndefined();
    await expectNotReady(app);
  });
});
