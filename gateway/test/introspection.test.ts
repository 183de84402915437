/** Introspection in production: off by default, on with GRAPHQL_INTROSPECTION=true. */
import {
  ECHO_SUBGRAPH_SDL,
  startEchoSubgraph,
  type EchoSubgraph,
} from './support/startEchoSubgraph.js';
import { startTestGateway } from './support/startTestGateway.js';

let echo: EchoSubgraph;

beforeAll(async () => {
  echo = await startEchoSubgraph();
});

afterAll(async () => {
  await echo.stop();
});

async function askForSchema(env: NodeJS.ProcessEnv): Promise<{ status: number; body: string }> {
  const gateway = await startTestGateway(
    [{ name: 'echo', url: echo.url, sdl: ECHO_SUBGRAPH_SDL }],
    env,
  );
  try {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    return { status: response.status, body: await response.text() };
  } finally {
    await gateway.stop();
  }
}

it('refuses introspection in production by default', async () => {
  const answer = await askForSchema({ NODE_ENV: 'production' });
  expect(answer.status).toBe(400);
  expect(answer.body).toMatch(/GraphQL introspection is not allowed/);
  expect(answer.body).toMatch(/GRAPHQL_VALIDATION_FAILED/);
});

it('answers introspection in production with GRAPHQL_INTROSPECTION=true', async () => {
  const answer = await askForSchema({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
});
