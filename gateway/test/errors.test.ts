import { getIntrospectionQuery } from 'graphql';

import type { RunningGateway } from '../src/http/startGatewayServer.js';
import {
  ECHO_SUBGRAPH_SDL,
  startEchoSubgraph,
  type EchoSubgraph,
} from './support/startEchoSubgraph.js';
import { startTestGateway } from './support/startTestGateway.js';

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
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

async function post(payload: object, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
}

describe('requests the gateway refuses itself', () => {
  it('answers an unknown operationName with 400 INVALID_GRAPHQL and the request id', async () => {
    const answer = await post(
      {
        query: 'query A { received { names } } query B { received { names } }',
        operationName: 'C',
      },
      { 'x-request-id': 'req-unknown-op' },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toEqual({
      message: 'Unknown operation named "C".',
      extensions: { code: 'INVALID_GRAPHQL', requestId: 'req-unknown-op' },
    });
  });

  it('refuses an operation with too many root fields before any subgraph is asked', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: received { names }`).join(' ');
    const answer = await post({ query: `{ ${aliases} }` });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.[0]?.message).toMatch(/21 root fields; at most 20/);
  });

  it('refuses an operation nested deeper than 12 levels', async () => {
    const nested = 'next { '.repeat(11) + 'value' + ' }'.repeat(11);
    const answer = await post({ query: `{ chain { ${nested} } }` });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/13 levels deep; at most 12/);

    const allowed = 'next { '.repeat(10) + 'value' + ' }'.repeat(10);
    expect((await post({ query: `{ chain { ${allowed} } }` })).status).toBe(200);
  });

  it('lets the standard introspection query through, deep as it is', async () => {
    const answer = await post({ query: getIntrospectionQuery() });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('refuses automatic persisted queries with a code the client can act on', async () => {
    const answer = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(answer.body.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('counts fields inside fragments every time the fragment is used', async () => {
    const fields = Array.from({ length: 30 }, (_, i) => `n${i}: names`).join(' ');
    const spreads = Array.from({ length: 20 }, (_, i) => `r${i}: received { ...F }`).join(' ');
    const answer = await post({
      query: `{ ${spreads} } fragment F on ReceivedHeaders { ${fields} }`,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/more than 500 fields/);
  });

  it('lets an ordinary operation through', async () => {
    const answer = await post({ query: '{ received { names requestId } }' });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('answers an unknown route with a JSON 404, not an HTML page', async () => {
    const response = await fetch(`${gateway.url}/x/../admin`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      error: expect.objectContaining({ code: 'NOT_FOUND' }),
    });
  });
});

describe('long messages', () => {
  it('shortens a message quoting a huge variable instead of echoing it back', async () => {
    const huge = 'x'.repeat(200_000);
    const answer = await post({
      query: 'query ($skip: Boolean!) { received @skip(if: $skip) { names } }',
      variables: { skip: huge },
    });
    const [error] = answer.body.errors ?? [];
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.message.endsWith('… (shortened)')).toBe(true);
    // Must never happen: the whole value sent back to the client.
    expect(answer.text.length).toBeLessThan(5_000);
  });
});

describe('a subgraph that does not answer', () => {
  it('gives SERVICE_UNAVAILABLE with the request id and never the fetch details', async () => {
    const down = await startEchoSubgraph();
    const lonely = await startTestGateway([
      { name: 'echo', url: down.url, sdl: ECHO_SUBGRAPH_SDL },
    ]);
    await down.stop();
    try {
      const response = await fetch(`${lonely.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-down' },
        body: JSON.stringify({ query: '{ received { names } }' }),
      });
      const text = await response.text();
      expect(JSON.parse(text).errors[0].extensions).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        requestId: 'req-down',
      });
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|FetchError|stacktrace/);
    } finally {
      await lonely.stop();
    }
  });
});
