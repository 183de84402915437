import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { registerUser } from '../support/fixtures.js';
import { startTestService, testConfig, type TestService } from '../support/testService.js';

let t: TestService;

beforeAll(async () => {
  t = await startTestService({ config: testConfig({ verifyPort: 0 }) });
  await t.reset();
});
afterAll(async () => {
  await t.close();
});

describe('VERIFY_PORT', () => {
  it('serves /auth/verify on its own port, with the same answers', async () => {
    expect(t.service.verifyUrl).not.toBe(t.service.url);
    const user = await registerUser(t);

    const anonymous = await fetch(`${t.service.verifyUrl}/auth/verify?anonymous=allow`);
    const signedIn = await fetch(`${t.service.verifyUrl}/auth/verify`, {
      headers: { authorization: `Bearer ${user.accessToken}` },
    });
    const refused = await fetch(`${t.service.verifyUrl}/auth/verify`);

    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('x-auth-user')).toBe('');
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('x-auth-user')).toBe(user.id);
    expect(refused.status).toBe(401);
  });

  it('serves the JWKS there too, for the edge route /.well-known/jwks.json', async () => {
    const response = await fetch(`${t.service.verifyUrl}/.well-known/jwks.json`);

    expect(response.status).toBe(200);
    expect(((await response.json()) as { keys: unknown[] }).keys).toHaveLength(1);
  });

  it('keeps /graphql off the verify port and /auth/verify off the main port', async () => {
    const graphql = await fetch(`${t.service.verifyUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const verify = await fetch(`${t.service.url}/auth/verify?anonymous=allow`);

    expect(graphql.status).toBe(404);
    expect(await graphql.json()).toEqual({
      error: { code: 'NOT_FOUND', message: expect.stringContaining('GET /auth/verify') },
    });
    expect(verify.status).toBe(404);
    expect(verify.headers.get('x-auth-user')).toBeNull();
  });
});
