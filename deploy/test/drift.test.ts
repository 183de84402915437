import { afterEach, describe, expect, it } from '@jest/globals';

import { inspectOverlay } from './support/inspectDeployment.js';
import { mutatedCopy, type MutatedCopy } from './support/mutatedCopy.js';

/**
 * The checks of manifests.test.ts must fail when a manifest or the Caddyfile drifts: each
 * case breaks one thing in a copy and expects the sentence that names it.
 */
let copy: MutatedCopy;
afterEach(() => copy.remove());

const MIDDLEWARES = 'k8s/base/traefik/middlewares.yaml';
const ROUTES = 'k8s/base/traefik/ingressroute.yaml';
const CSP_END = "form-action 'self'; frame-ancestors 'none'";

async function problemsAfter(file: string, from: string, to: string) {
  copy = mutatedCopy();
  copy.edit(file, from, to);
  return inspectOverlay('k3s', copy);
}

describe('a drifted edge', () => {
  it.each([
    [
      'the strip forgets X-Edge-Secret',
      MIDDLEWARES,
      "      X-Edge-Secret: ''\n",
      '',
      '/graphql: Caddy deletes a client-sent X-Edge-Secret, Traefik does not.',
    ],
    [
      'forwardAuth believes forwarded headers',
      MIDDLEWARES,
      'trustForwardHeader: false',
      'trustForwardHeader: true',
      '/graphql: forwardAuth must set trustForwardHeader: false.',
    ],
    [
      'the dashboard allows anonymous callers',
      MIDDLEWARES,
      '4003/auth/verify\n',
      '4003/auth/verify?anonymous=allow\n',
      '/dashboard/graphql: Caddy verifies at users /auth/verify?, ' +
        'Traefik at users /auth/verify?anonymous=allow.',
    ],
    [
      'the dashboard chain skips verification',
      MIDDLEWARES,
      '      - name: verify-identity-required\n',
      '',
      '/dashboard/graphql: ForwardAuth is missing in Traefik.',
    ],
    [
      'the strip runs after forwardAuth',
      MIDDLEWARES,
      '      - name: strip-client-headers\n      - name: verify-anonymous-allowed\n',
      '      - name: verify-anonymous-allowed\n      - name: strip-client-headers\n',
      '/graphql: the headers middleware must come before forwardAuth.',
    ],
    [
      'X-Auth-Session is no longer copied',
      MIDDLEWARES,
      '      - X-Auth-Session\n',
      '',
      '/graphql: Caddy copies x-auth-session, x-auth-user from verify, Traefik x-auth-user.',
    ],
    [
      'the dashboard is no longer rewritten',
      MIDDLEWARES,
      '      - name: dashboard-to-graphql\n',
      '',
      '/dashboard/graphql: Caddy rewrites to /graphql, Traefik to nothing.',
    ],
  ])('is caught when %s', async (_case, file, from, to, problem) => {
    const { edge } = await problemsAfter(file, from, to);
    expect(edge).toContain(problem);
  });

  it('is caught when the Caddyfile changes and Traefik does not', async () => {
    const { edge } = await problemsAfter('edge/Caddyfile', 'request_header -X-Real-Ip\n', '\n');
    expect(edge).toContain('/graphql: Caddy keeps a client-sent X-Real-Ip, Traefik does not.');
  });

  it('is caught when a Caddy route has no Traefik counterpart', async () => {
    const { edge } = await problemsAfter(
      'edge/Caddyfile',
      '\thandle /health {',
      '\thandle /status {\n\t\treverse_proxy 127.0.0.1:4000\n\t}\n\n\thandle /health {',
    );
    expect(edge).toContain(
      '/status: edge/Caddyfile routes it, k8s/base/traefik has no such route.',
    );
  });
});

describe('a drifted web app or API 404', () => {
  it.each([
    [
      'an API prefix falls through to the web app',
      ROUTES,
      ' || PathPrefix(`/api/`)',
      '',
      '/api/x: Caddy answers it with /.well-known/* /api/* /auth/* /dashboard/* /graphql/* ' +
        '/health/*, Traefik with the catch-all route.',
    ],
    [
      'the API 404 reaches the gateway unrewritten',
      ROUTES,
      '      priority: 50\n      middlewares:\n        - name: strip-client-headers\n' +
        '        - name: unknown-route\n',
      '      priority: 50\n      middlewares:\n        - name: strip-client-headers\n',
      '/.well-known/* /api/* /auth/* /dashboard/* /graphql/* /health/*: ' +
        'Caddy answers a JSON 404, Traefik proxy.',
    ],
    [
      'a prefix outranks the dashboard',
      ROUTES,
      'match: Path(`/dashboard/graphql`)\n      priority: 100',
      'match: Path(`/dashboard/graphql`)\n      priority: 10',
      '/dashboard/graphql: Caddy answers it with /dashboard/graphql, Traefik with ' +
        '/.well-known/* /api/* /auth/* /dashboard/* /graphql/* /health/*.',
    ],
    [
      'the web app is no longer the catch-all',
      ROUTES,
      '        - name: web\n          port: 8080',
      '        - name: gateway\n          port: 4000',
      'the catch-all route: Caddy answers the files of web, Traefik proxy.',
    ],
    [
      'the playground is served on Kubernetes',
      ROUTES,
      'match: PathPrefix(`/playground`)\n      priority: 50\n      middlewares:\n' +
        '        - name: strip-client-headers\n        - name: unknown-route\n' +
        '      services:\n        - name: gateway\n          port: 4000',
      'match: PathPrefix(`/playground`)\n      priority: 50\n' +
        '      services:\n        - name: web\n          port: 8080',
      '/playground*: Caddy answers a JSON 404, Traefik the files of web.',
    ],
    [
      "the web image's CSP drifts from the edge's",
      'web/Caddyfile',
      CSP_END,
      `${CSP_END}; script-src 'unsafe-inline'`,
      'the catch-all route: for /courts/42 Caddy sets Content-Security-Policy: ',
    ],
    [
      'the web image caches pages',
      'web/Caddyfile',
      'header @pages Cache-Control no-cache',
      'header @pages Cache-Control "max-age=3600"',
      'the catch-all route: for / Caddy sets Cache-Control: no-cache, the web image max-age=3600.',
    ],
    [
      'the web image loses its index.html fallback',
      'web/Caddyfile',
      'try_files {path} /index.html\n',
      '',
      'the catch-all route: Caddy falls back to /index.html, the web image to nothing.',
    ],
    [
      'the edge adds a header the web image lacks',
      'edge/Caddyfile',
      '\t\t\tReferrer-Policy same-origin\n',
      '\t\t\tReferrer-Policy same-origin\n\t\t\tPermissions-Policy "camera=()"\n',
      'the catch-all route: for /assets/index-0a1b2c.js Caddy sets Permissions-Policy: ' +
        'camera=(), the web image nothing.',
    ],
  ])('is caught when %s', async (_case, file, from, to, problem) => {
    const { edge } = await problemsAfter(file, from, to);
    expect(edge.join('\n')).toContain(problem);
  });

  it('is caught when an API prefix of the Caddyfile is not a 404 on Traefik', async () => {
    const { edge } = await problemsAfter('edge/Caddyfile', ' /api/*\n', ' /api/* /v1/*\n');
    expect(edge).toContain(
      '/v1/x: Caddy answers it with /.well-known/* /api/* /auth/* /dashboard/* /graphql/* ' +
        '/health/* /v1/*, Traefik with the catch-all route.',
    );
  });
});

describe('drifted workloads', () => {
  it.each([
    [
      "users' port differs from its default",
      'k8s/base/users/deployment.yaml',
      'containerPort: 4001',
      'containerPort: 4011',
      "Deployment users: its first containerPort must be 4001, the service's default.",
    ],
    [
      'the verify address misses the verify port',
      MIDDLEWARES,
      'cluster.local:4003/auth/verify?anonymous',
      'cluster.local:4001/auth/verify?anonymous',
      'Middleware verify-anonymous-allowed: ' +
        'http://users.courtgraph.svc.cluster.local:4001/auth/verify?anonymous=allow reaches ' +
        "users:4001, not users' VERIFY_PORT 4003.",
    ],
    [
      'the migrate step runs another image',
      'k8s/base/courts/deployment.yaml',
      '          image: courtgraph-courts\n          command',
      '          image: courtgraph-users\n          command',
      'Deployment courts: init container migrate must run the same image as the server.',
    ],
    [
      'the gateway looks for courts on the wrong port',
      'k8s/base/gateway/deployment.yaml',
      'courts.courtgraph.svc.cluster.local:4002',
      'courts.courtgraph.svc.cluster.local:4001',
      "Deployment gateway: SUBGRAPH_COURTS_URL must reach courts's /graphql.",
    ],
    [
      'the web pod listens elsewhere than its image',
      'k8s/base/web/deployment.yaml',
      'containerPort: 8080',
      'containerPort: 80',
      "Deployment web: its first containerPort must be 8080, web/Caddyfile's.",
    ],
    [
      'the web pod has nowhere to write',
      'k8s/base/web/deployment.yaml',
      '              mountPath: /config\n',
      '              mountPath: /tmp\n',
      'Deployment web: mount an emptyDir at /config: Caddy autosaves there.',
    ],
    [
      'the web pod may write its root filesystem',
      'k8s/base/web/deployment.yaml',
      'readOnlyRootFilesystem: true',
      'readOnlyRootFilesystem: false',
      'Deployment web: container web must have a read-only root filesystem.',
    ],
    [
      'the gateway answers introspection',
      'k8s/base/kustomization.yaml',
      'GRAPHQL_INTROSPECTION=false',
      'GRAPHQL_INTROSPECTION=true',
      'Deployment gateway: GRAPHQL_INTROSPECTION must be false (it is true): ' +
        'the playground is off on Kubernetes and production keeps the schema private.',
    ],
  ])('are caught when %s', async (_case, file, from, to, problem) => {
    const { workloads } = await problemsAfter(file, from, to);
    expect(workloads).toContain(problem);
  });

  it('are caught when the web NetworkPolicy is lost', async () => {
    const { admissions } = await problemsAfter(
      'k8s/base/kustomization.yaml',
      '  - network-policies/web.yaml\n',
      '',
    );
    expect(admissions['web']).toEqual({});
  });

  it('are caught when a NetworkPolicy is lost', async () => {
    const { admissions } = await problemsAfter(
      'k8s/base/kustomization.yaml',
      '  - network-policies/courts.yaml\n',
      '',
    );
    expect(admissions['courts']).toEqual({});
  });

  it('are caught when a schema is violated', async () => {
    const { invalid } = await problemsAfter(
      'k8s/base/gateway/hpa.yaml',
      'averageUtilization: 70',
      'averageUtilization: seventy',
    );
    expect(invalid).toEqual([expect.stringContaining('HorizontalPodAutoscaler gateway')]);
  });
});
