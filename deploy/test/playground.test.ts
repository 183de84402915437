import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { compareEdges } from './checks/compareEdges.js';
import { filesOf, JSON_404, routeLabel } from './checks/edgeRoute.js';
import { readCaddyEdge } from './checks/readCaddyEdge.js';
import { readStaticFiles, serverRoutes } from './checks/readStaticFiles.js';
import { readTraefikEdge } from './checks/readTraefikEdge.js';
import { adaptCaddyfile } from './support/adaptCaddyfile.js';
import { renderOverlay } from './support/renderOverlay.js';
import { REPO_ROOT } from './support/repository.js';

/**
 * edge/Caddyfile imports playground-off.caddy or playground-on.caddy by PLAYGROUND. Kubernetes
 * has the playground off in both overlays (docs/deploy-k3s.md); these cases read both
 * adaptations and prove that the comparison would notice the difference.
 */
const EDGE = join(REPO_ROOT, 'edge', 'Caddyfile');
const UPSTREAMS = new Map([
  ['127.0.0.1:4000', 'gateway'],
  ['127.0.0.1:4001', 'users'],
]);

function edgeWith(playground: 'on' | 'off') {
  return readCaddyEdge(adaptCaddyfile(EDGE, { PLAYGROUND: playground }), UPSTREAMS);
}

function answers(routes: ReturnType<typeof edgeWith>) {
  return Object.fromEntries(routes.map((route) => [routeLabel(route), route.answer]));
}

describe('the playground at the edge', () => {
  it('answers a JSON 404 under /playground when PLAYGROUND is off', () => {
    expect(answers(edgeWith('off'))).toMatchObject({ '/playground*': JSON_404 });
  });

  it('serves its files with their own CSP, after a redirect to /playground/, when on', () => {
    const routes = edgeWith('on');
    const files = routes.find((route) => routeLabel(route) === '/playground/*')?.files;

    expect(answers(routes)).toMatchObject({
      '/playground': 'a 308 redirect to /playground/',
      '/playground/*': filesOf('playground'),
    });
    expect(answers(routes)).not.toHaveProperty('/playground*');
    expect(files?.headersFor('/playground/')['Content-Security-Policy']).toContain(
      "connect-src 'self'",
    );
  });

  it.each(['k3s', 'production'])('is off in the %s overlay, as PLAYGROUND=off', (overlay) => {
    const web = readStaticFiles(
      serverRoutes(adaptCaddyfile(join(REPO_ROOT, 'web', 'Caddyfile')), 'web'),
    );
    const traefik = readTraefikEdge(
      renderOverlay(join(REPO_ROOT, 'k8s', 'overlays', overlay)),
      new Map([['web', web]]),
    );
    const problems = compareEdges(edgeWith('on'), traefik);

    expect(compareEdges(edgeWith('off'), traefik)).toEqual([]);
    expect(problems).toEqual(
      expect.arrayContaining([
        '/playground: edge/Caddyfile routes it, k8s/base/traefik has no such route.',
        '/playground/*: edge/Caddyfile routes it, k8s/base/traefik has no such route.',
        '/playground*: Traefik routes it, edge/Caddyfile does not.',
        '/playground/x: Caddy answers it with /playground/*, Traefik with /playground*.',
      ]),
    );
    expect(problems.filter((problem) => !problem.startsWith('/playground'))).toEqual([]);
  });
});
