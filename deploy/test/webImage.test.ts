import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { readStaticFiles, serverRoutes } from './checks/readStaticFiles.js';
import { adaptCaddyfile } from './support/adaptCaddyfile.js';
import { REPO_ROOT } from './support/repository.js';

/**
 * web/Caddyfile run by the real Caddy on loopback over the built app (web/dist), as the web
 * image runs it over /srv: every kind of path gets the edge's headers, and the app's own
 * addresses get index.html. No Docker engine runs here, so the image itself is not started.
 */
const DIST = join(REPO_ROOT, 'web', 'dist');
const edgeFiles = (() => {
  const routes = serverRoutes(adaptCaddyfile(join(REPO_ROOT, 'edge', 'Caddyfile')), 'edge');
  return readStaticFiles(routes.filter((route) => !route.match));
})();

let caddy: ChildProcess;
let home: string;
let origin: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function untilServing(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`web/Caddyfile did not serve ${url} within 10 s.`);
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST} is missing: run \`npm run build\` first.`);
  }
  const port = await freePort();
  home = mkdtempSync(join(tmpdir(), 'courtgraph-web-'));
  origin = `http://127.0.0.1:${port}`;
  caddy = spawn('caddy', ['run', '--config', join(REPO_ROOT, 'web', 'Caddyfile')], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      WEB_BIND: '127.0.0.1',
      WEB_ROOT: DIST,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
    },
    stdio: 'ignore',
  });
  await untilServing(`${origin}/`);
});

afterAll(async () => {
  if (caddy && caddy.exitCode === null) {
    const exited = new Promise((resolve) => caddy.once('exit', resolve));
    caddy.kill('SIGTERM');
    await exited;
  }
  rmSync(home, { recursive: true, force: true });
});

describe("the web image's Caddy", () => {
  const asset = () => `/assets/${readdirSync(join(DIST, 'assets'))[0]}`;
  const index = () => readFileSync(join(DIST, 'index.html'), 'utf8');

  it.each(['/', '/courts/42', '/admin/users'])('answers %s with index.html', async (path) => {
    const response = await fetch(`${origin}${path}`);

    expect(response.status).toBe(200);
    expect(await response.text()).toBe(index());
  });

  it.each(['/', '/courts/42', 'an asset'])(
    'sends the headers edge/Caddyfile sends for %s',
    async (which) => {
      const path = which === 'an asset' ? asset() : which;
      const response = await fetch(`${origin}${path}`);
      const expected = edgeFiles.headersFor(path);

      expect(Object.keys(expected).length).toBeGreaterThanOrEqual(4);
      for (const [name, value] of Object.entries(expected)) {
        expect([name, response.headers.get(name)]).toEqual([name, value]);
      }
    },
  );

  it('caches hashed assets for a year and asks again for pages', async () => {
    const [page, file] = await Promise.all([fetch(`${origin}/`), fetch(`${origin}${asset()}`)]);

    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(file.headers.get('content-type')).toMatch(/javascript|css/);
  });
});
