/**
 * The edge when what it depends on is down: a second Caddy from the same Caddyfile, pointed at
 * a users service that does not exist, so the shared stack stays untouched.
 */
import { findFreePort, waitForHttpOk } from '../../scripts/lib/health.mjs';
import { startProcess, stopProcess, type ManagedProcess } from '../../scripts/lib/processes.mjs';
import { REPO_ROOT } from '../../scripts/lib/stack.mjs';
import { readStack } from './support/e2eEnvironment.js';

let edge: ManagedProcess;
let edgeUrl: string;

beforeAll(async () => {
  const port = await findFreePort();
  const closedPort = await findFreePort();
  edge = startProcess(
    'edge',
    'caddy',
    ['run', '--config', 'edge/Caddyfile', '--adapter', 'caddyfile'],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        EDGE_PORT: String(port),
        USERS_UPSTREAM: `127.0.0.1:${closedPort}`,
        GATEWAY_UPSTREAM: new URL(readStack().gatewayUrl).host,
        XDG_DATA_HOME: `${REPO_ROOT}/.run/caddy`,
        XDG_CONFIG_HOME: `${REPO_ROOT}/.run/caddy`,
      },
      echo: false,
    },
  );
  edgeUrl = `http://127.0.0.1:${port}`;
  await waitForHttpOk(`${edgeUrl}/health`, 20_000);
});

afterAll(async () => {
  await stopProcess(edge);
});

it('answers 502 in JSON when users cannot be asked, and lets nobody through', async () => {
  for (const route of ['/graphql', '/dashboard/graphql']) {
    const response = await fetch(`${edgeUrl}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: { code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/Retry/) },
    });
  }
});
