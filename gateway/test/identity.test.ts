import {
  startEchoSubgraph,
  ECHO_SUBGRAPH_SDL,
  type EchoSubgraph,
} from './support/startEchoSubgraph.js';
import { startTestGateway } from './support/startTestGateway.js';
import type { RunningGateway } from '../src/http/startGatewayServer.js';

const USER_ID = '6f1c2b0e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const QUERY = JSON.stringify({ query: '{ received { authUser requestId names } }' });

interface Received {
  authUser: string | null;
  requestId: string | null;
  names: string[];
}

let echo: EchoSubgraph;
let gateway: RunningGateway;

beforeAll(async () => {
  echo = await startEchoSubgraph();
  gateway = await startTestGateway([{ name: 'echo', url: echo.url, sdl: ECHO_SUBGRAPH_SDL }]);
});

afterAll(async () => {
  await gateway.stop();
  await echo.stop();
});

async function send(
  headers: Record<string, string>,
): Promise<{ received: Received; response: Response }> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: QUERY,
  });
  const body = (await response.json()) as { data: { received: Received } };
  return { received: body.data.received, response };
}

describe('identity forwarded to subgraphs', () => {
  it('forwards a well-formed user id, lowercased', async () => {
    const { received } = await send({ 'x-auth-user': USER_ID.toUpperCase() });
    expect(received.authUser).toBe(USER_ID);
  });

  it.each([
    ['an empty header', ''],
    ['Caddy 2.6.2 placeholder text', '{http.reverse_proxy.header.X-Auth-User}'],
    ['a user name', 'admin'],
    ['two ids in one header', `${USER_ID}, ${USER_ID}`],
    ['an id with trailing text', `${USER_ID}x`],
    ['a nil uuid', '00000000-0000-0000-0000-000000000000'],
  ])('treats %s as anonymous and sends no identity', async (_case, value) => {
    const { received } = await send({ 'x-auth-user': value });
    expect(received.authUser).toBeNull();
    expect(received.names).not.toContain('x-auth-user');
  });

  it('forwards the verified session id only together with a user id', async () => {
    const session = '0b8a6d53-6c1e-4f5e-9f59-2f3f5c0a1d2e';
    const ask = async (headers: Record<string, string>): Promise<unknown> => {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ received { authSession } }' }),
      });
      const body = (await response.json()) as { data: { received: { authSession: unknown } } };
      return body.data.received.authSession;
    };

    expect(await ask({ 'x-auth-user': USER_ID, 'x-auth-session': session })).toBe(session);
    expect(await ask({ 'x-auth-session': session })).toBeNull();
    expect(await ask({ 'x-auth-user': USER_ID, 'x-auth-session': 'not-a-session' })).toBeNull();
  });

  it('never forwards client headers that look like identity or credentials', async () => {
    const { received } = await send({
      authorization: 'Bearer whatever',
      cookie: 'session=1',
      'x-auth-role': 'admin',
      'x-auth-user-id': USER_ID,
      'x-forwarded-for': '10.0.0.1',
      'x-user-id': USER_ID,
    });
    for (const name of ['authorization', 'cookie', 'x-auth-role', 'x-auth-user-id', 'x-user-id']) {
      expect(received.names).not.toContain(name);
    }
    expect(received.names).not.toContain('x-forwarded-for');
  });
});

describe('request id', () => {
  it('keeps an acceptable client request id, forwards it and echoes it', async () => {
    const { received, response } = await send({ 'x-request-id': 'client-req.42' });
    expect(received.requestId).toBe('client-req.42');
    expect(response.headers.get('x-request-id')).toBe('client-req.42');
  });

  it('replaces a request id that could smuggle text into logs', async () => {
    const { received, response } = await send({ 'x-request-id': 'a b\tc{}' });
    expect(received.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-request-id')).toBe(received.requestId);
  });
});

describe('bad requests', () => {
  it('answers malformed JSON with 400 and a coded JSON error, never a stack trace', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ received { names } ',
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      errors: [
        expect.objectContaining({
          extensions: { code: 'BAD_REQUEST', requestId: expect.any(String) },
        }),
      ],
    });
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(text).not.toContain('stacktrace');
  });

  it('answers a query on an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(response.status).toBe(400);
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]?.extensions).not.toHaveProperty('stacktrace');
  });
});

describe('health', () => {
  it('is ready when every subgraph is ready', async () => {
    const response = await fetch(`${gateway.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', subgraphs: { echo: 'ok' } });
  });
});

describe('with EDGE_SECRET set', () => {
  const secret = 'a-secret-only-the-edge-knows-0123456789';
  let guarded: RunningGateway;

  beforeAll(async () => {
    guarded = await startTestGateway([{ name: 'echo', url: echo.url, sdl: ECHO_SUBGRAPH_SDL }], {
      EDGE_SECRET: secret,
    });
  });

  afterAll(async () => {
    await guarded.stop();
  });

  async function sendToGuarded(headers: Record<string, string>): Promise<Received> {
    const response = await fetch(`${guarded.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: QUERY,
    });
    return ((await response.json()) as { data: { received: Received } }).data.received;
  }

  it('believes X-Auth-User only from a caller that presents the secret', async () => {
    expect((await sendToGuarded({ 'x-auth-user': USER_ID })).authUser).toBeNull();
    const wrong = { 'x-auth-user': USER_ID, 'x-edge-secret': `${secret.slice(0, -1)}X` };
    expect((await sendToGuarded(wrong)).authUser).toBeNull();

    const fromEdge = await sendToGuarded({ 'x-auth-user': USER_ID, 'x-edge-secret': secret });
    expect(fromEdge.authUser).toBe(USER_ID);
    expect(fromEdge.names).not.toContain('x-edge-secret');
  });
});

describe('with GATEWAY_SECRET set', () => {
  it('proves every subgraph fetch comes from the gateway, whatever the client sent', async () => {
    const secret = 'gateway-to-subgraph-secret-0123456789';
    const proving = await startTestGateway(
      [{ name: 'echo', url: echo.url, sdl: ECHO_SUBGRAPH_SDL }],
      { GATEWAY_SECRET: secret },
    );
    try {
      const response = await fetch(`${proving.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gateway-secret': 'client-guess' },
        body: JSON.stringify({ query: '{ received { gatewaySecret } }' }),
      });
      const body = (await response.json()) as { data: { received: { gatewaySecret: string } } };
      expect(body.data.received.gatewaySecret).toBe(secret);
    } finally {
      await proving.stop();
    }
  });

  it('sends no secret when none is configured, even if the client sent one', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gateway-secret': 'client-guess' },
      body: JSON.stringify({ query: '{ received { gatewaySecret } }' }),
    });
    const body = (await response.json()) as { data: { received: { gatewaySecret: null } } };
    expect(body.data.received.gatewaySecret).toBeNull();
  });
});
