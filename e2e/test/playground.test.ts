/**
 * The playground at the edge, in real headless Chromium with the outside network cut off:
 * it loads from the edge alone, logs in as demouser, shows the permissions, the docs from
 * introspection and README's examples, and runs a query with the token. With PLAYGROUND=off
 * (production's default) a second edge from the same Caddyfile does not serve it.
 */
import { findFreePort, waitForHttpOk } from '../../scripts/lib/health.mjs';
import { startProcess, stopProcess } from '../../scripts/lib/processes.mjs';
import { REPO_ROOT } from '../../scripts/lib/stack.mjs';
import { launchLocalBrowser, type LocalBrowser } from './support/browser.js';
import { readStack } from './support/e2eEnvironment.js';

const TIMEOUT_MS = 20_000;

describe('the playground in Chromium', () => {
  let browser: LocalBrowser;

  beforeAll(async () => {
    browser = await launchLocalBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('loads offline, logs in as demouser and runs a query with the token', async () => {
    const { page, blockedRequests } = browser;
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const response = await page.goto(`${readStack().edgeUrl}/playground/`);
    expect(response?.status()).toBe(200);
    await page.locator('.graphiql-container').waitFor({ timeout: TIMEOUT_MS });

    // README's examples are the first tabs.
    await page.getByRole('tab', { name: 'Courts' }).waitFor({ timeout: TIMEOUT_MS });

    // A refused login reads as the server's sentence, without its API code.
    await page.getByLabel('Username').fill('demouser');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Log in' }).click();
    const refused = page.getByRole('alert');
    await refused.waitFor({ timeout: TIMEOUT_MS });
    expect(await refused.textContent()).toBe('Invalid username or password.');

    await page.getByLabel('Password').fill('demo123');
    await page.getByRole('button', { name: 'Log in' }).click();
    const permissions = page.getByTestId('permissions');
    await permissions.waitFor({ timeout: TIMEOUT_MS });
    expect(await permissions.textContent()).toMatch(/courts:create.*courts:update/);

    // "Me" answers the signed-in user only when the bearer token went with the request.
    await page.getByRole('tab', { name: 'Me' }).click();
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response').filter({ hasText: '"demouser"' });
    await result.waitFor({ timeout: TIMEOUT_MS });
    expect(await result.textContent()).toMatch(/"permissions"/);

    // The docs come from introspection through the edge.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().waitFor({ timeout: TIMEOUT_MS });

    expect(blockedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('really cuts the outside network off (so the empty list above means something)', async () => {
    const page = await browser.context.newPage();
    const outcome = await page.evaluate(() =>
      fetch('https://cdn.example.com/graphiql.js').then(
        () => 'fetched',
        () => 'failed',
      ),
    );
    await page.close();
    expect(outcome).toBe('failed');
    expect(browser.blockedRequests).toEqual(['https://cdn.example.com/graphiql.js']);
  });
});

describe('with PLAYGROUND=off', () => {
  it('the edge answers 404 in JSON, naming the setting', async () => {
    const port = await findFreePort();
    const edge = startProcess(
      'edge',
      'caddy',
      ['run', '--config', 'edge/Caddyfile', '--adapter', 'caddyfile'],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          EDGE_PORT: String(port),
          PLAYGROUND: 'off',
          GATEWAY_UPSTREAM: new URL(readStack().gatewayUrl).host,
          USERS_UPSTREAM: new URL(readStack().usersUrl).host,
          XDG_DATA_HOME: `${REPO_ROOT}/.run/caddy`,
          XDG_CONFIG_HOME: `${REPO_ROOT}/.run/caddy`,
        },
        echo: false,
      },
    );
    try {
      await waitForHttpOk(`http://127.0.0.1:${port}/health`, TIMEOUT_MS);
      for (const path of ['/playground', '/playground/', '/playground/index.html']) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({
          error: { code: 'NOT_FOUND', message: expect.stringMatching(/PLAYGROUND=on/) },
        });
      }
    } finally {
      await stopProcess(edge);
    }
  });
});
