import { freePort } from '../helpers/freePort.js';
import { graphqlRequest, onlyError } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';

const USER = '6f1c2b0e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const CREATE = `mutation { createCourt(input: { name: "Nope", sport: TENNIS, indoor: true,
  hourlyRate: { amount: 1, currency: "EUR" } }) { id } }`;

describe('with Redis unreachable', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ redisUrl: `redis://127.0.0.1:${await freePort()}/2` });
  });
  afterAll(() => app.stop());

  it('refuses a guarded mutation with SERVICE_UNAVAILABLE, quickly', async () => {
    const started = Date.now();
    const response = await graphqlRequest(app.url, CREATE, {}, { 'x-auth-user': USER });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(onlyError(response).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(response.body.data).toBeNull();
  });

  it('still refuses anonymous callers as UNAUTHENTICATED', async () => {
    const response = await graphqlRequest(app.url, CREATE);
    expect(onlyError(response).extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('keeps serving unguarded queries', async () => {
    const response = await graphqlRequest(
      app.url,
      '{ courts(first: 1) { pageInfo { hasNextPage } } }',
    );
    expect(response.body.errors).toBeUndefined();
  });

  it('reports not ready, naming redis', async () => {
    const response = await fetch(`${app.url}/health/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', failing: ['redis'] });
  });
});
