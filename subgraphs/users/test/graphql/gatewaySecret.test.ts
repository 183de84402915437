import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { asUser, grantRole, registerUser } from '../support/fixtures.js';
import {
  captureLogs,
  startTestService,
  testConfig,
  type TestService,
} from '../support/testService.js';

const GATEWAY_SECRET = 'test-gateway-secret-0123456789abcdef';
const ME = '{ me { id } }';
const ASSIGN = /* GraphQL */ `
  mutation ($userId: ID!) {
    assignRole(userId: $userId, role: "staff") {
      id
    }
  }
`;

let t: TestService;
const { logger, logs } = captureLogs('trace');

beforeAll(async () => {
  t = await startTestService({ config: testConfig({ gatewaySecret: GATEWAY_SECRET }), logger });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.reset();
  logs.lines.length = 0;
});

function fromGateway(userId: string, secret = GATEWAY_SECRET): Record<string, string> {
  return { ...asUser(userId), 'x-gateway-secret': secret };
}

describe('with GATEWAY_SECRET set', () => {
  it('believes X-Auth-User when the request carries the secret', async () => {
    const user = await registerUser(t);
    const result = await t.gql(ME, {}, fromGateway(user.id));
    expect(result.body).toEqual({ data: { me: { id: user.id } } });
  });

  it.each([
    ['no secret', {}],
    ['a wrong secret of the same length', { 'x-gateway-secret': GATEWAY_SECRET.replace('t', 'x') }],
    ['a shorter secret', { 'x-gateway-secret': GATEWAY_SECRET.slice(1) }],
    ['an empty secret', { 'x-gateway-secret': '' }],
  ])('treats a caller with %s as anonymous, without an error', async (_case, extra) => {
    const user = await registerUser(t);
    const result = await t.gql(ME, {}, { ...asUser(user.id), ...extra });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ data: { me: null } });
  });

  it('refuses a role change from an admin id sent without the secret', async () => {
    const admin = await registerUser(t);
    await grantRole(t, admin.id, 'admin');
    const target = await registerUser(t);

    const direct = await t.gql(ASSIGN, { userId: target.id }, asUser(admin.id));
    expect(direct.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    const viaGateway = await t.gql(ASSIGN, { userId: target.id }, fromGateway(admin.id));
    expect(viaGateway.body).toEqual({ data: { assignRole: { id: target.id } } });
  });

  it('never writes the secret to the logs', async () => {
    const user = await registerUser(t);
    await t.gql(ME, {}, fromGateway(user.id));
    await t.gql(ME, {}, fromGateway(user.id, GATEWAY_SECRET.replace('t', 'x')));
    expect(logs.lines.length).toBeGreaterThan(0);
    expect(logs.text()).not.toContain(GATEWAY_SECRET);
  });

  it('still answers /auth/verify without the secret', async () => {
    const user = await registerUser(t);
    const response = await fetch(`${t.service.url}/auth/verify`, {
      headers: { authorization: `Bearer ${user.accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-auth-user')).toBe(user.id);
  });
});
