import { expectNoLeak, graphqlRequest, onlyError } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('HTTP surface', () => {
  let app: TestApp;
  let db: TestDatabase;

  beforeAll(async () => {
    db = await TestDatabase.open();
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
  });

  it('answers a malformed JSON body with 400 JSON and no stack trace', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ courts { totalCount } }"',
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expectNoLeak(text);
    expect(text).not.toMatch(/<html|<pre|SyntaxError/i);
    expect(JSON.parse(text)).toEqual({
      errors: [
        { message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });

  it('keeps a well-formed x-request-id and echoes it', async () => {
    const response = await graphqlRequest(
      app.url,
      '{ __typename }',
      {},
      { 'x-request-id': 'edge:abc-1.2_3' },
    );
    expect(response.headers.get('x-request-id')).toBe('edge:abc-1.2_3');
    const line = app.logs().findLast((l) => l['msg'] === 'request completed');
    expect(line).toMatchObject({
      service: 'courts',
      requestId: 'edge:abc-1.2_3',
      path: '/graphql',
    });
  });

  it.each([
    ['absent', {}],
    ['too long', { 'x-request-id': 'a'.repeat(129) }],
    ['holding bad characters', { 'x-request-id': 'id with spaces' }],
  ])('replaces an x-request-id that is %s with a fresh UUID', async (_label, headers) => {
    const response = await graphqlRequest(app.url, '{ __typename }', {}, headers);
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });

  it('masks an unexpected failure with the request id and logs it', async () => {
    const connection = db.orm.em.getConnection();
    await connection.execute('alter table "courts" rename to "courts_hidden"');
    try {
      const response = await graphqlRequest(
        app.url,
        '{ courts { totalCount } }',
        {},
        {
          'x-request-id': 'masked-1',
        },
      );
      const error = onlyError(response);
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'masked-1' });
      expect(error.message).toMatch(/^Something went wrong on our side/);
      expect(JSON.stringify(response.body)).not.toContain('courts_hidden');

      const logged = app.logs().find((l) => l['msg'] === 'unexpected error masked');
      expect(logged).toMatchObject({ level: 'error', requestId: 'masked-1', service: 'courts' });
      // Class, SQLSTATE and a fixed message only: never the SQL text or the server's words.
      // The query builder rethrows pg's own error, unconverted by MikroORM.
      expect(logged?.['err']).toEqual({
        type: 'DatabaseError',
        sqlState: '42P01',
        message: 'database error: syntax error or access rule violation',
      });
      expect(JSON.stringify(logged)).not.toMatch(/select|count\(|relation/i);
    } finally {
      await connection.execute('alter table "courts_hidden" rename to "courts"');
    }
  });

  it('passes parse and validation errors on without a stack trace', async () => {
    const parse = await graphqlRequest(app.url, '{ courts {');
    expect(onlyError(parse).extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    const validation = await graphqlRequest(app.url, '{ courts { nope } }');
    expect(onlyError(validation).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('serves GET queries only to requests that cannot be simple CSRF requests', async () => {
    const query = encodeURIComponent('{ courts { totalCount } }');
    const blocked = await fetch(`${app.url}/graphql?query=${query}`);
    expect(blocked.status).toBe(400);
    expectNoLeak(await blocked.text());

    const allowed = await fetch(`${app.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('answers liveness and readiness', async () => {
    const live = await fetch(`${app.url}/health/live`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${app.url}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('answers unknown paths with a JSON 404', async () => {
    const response = await fetch(`${app.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
  });
});
