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
  ])('are caught when %s', async (_case, file, from, to, problem) => {
    const { workloads } = await problemsAfter(file, from, to);
    expect(workloads).toContain(problem);
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
