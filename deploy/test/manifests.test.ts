import { describe, expect, it } from '@jest/globals';

import type { DeploymentSpec } from './support/k8sObjects.js';
import { ofKind } from './support/k8sObjects.js';
import { EXPECTED_ADMISSIONS, inspectOverlay, OVERLAYS } from './support/inspectDeployment.js';

describe.each(OVERLAYS)('the %s overlay', (overlay) => {
  it('renders, and every object validates against its Kubernetes or Traefik schema', async () => {
    const { objects, invalid } = await inspectOverlay(overlay);

    expect(objects.length).toBeGreaterThan(20);
    expect(invalid).toEqual([]);
    expect(new Set(objects.map((o) => o.metadata.namespace ?? 'courtgraph'))).toEqual(
      new Set(['courtgraph']),
    );
  });

  it("enforces edge/Caddyfile's contract with its Traefik middlewares", async () => {
    expect((await inspectOverlay(overlay)).edge).toEqual([]);
  });

  it("matches the services' ports, images, probes and migrate entry points", async () => {
    expect((await inspectOverlay(overlay)).workloads).toEqual([]);
  });

  it('lets each workload be reached only by the peers that need it', async () => {
    expect((await inspectOverlay(overlay)).admissions).toEqual(EXPECTED_ADMISSIONS[overlay]);
  });

  it('references Secrets and commits none', async () => {
    const { objects } = await inspectOverlay(overlay);

    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    const literalSecrets = ofKind<DeploymentSpec>(objects, 'Deployment')
      .flatMap((d) => d.spec.template.spec.containers.flatMap((c) => c.env ?? []))
      .filter((v) => /SECRET|PASSWORD|_KEY$|DATABASE_URL|REDIS_URL/.test(v.name))
      .filter((v) => v.value !== undefined);
    expect(literalSecrets).toEqual([]);
  });

  it('gives every service a PodDisruptionBudget and a HorizontalPodAutoscaler', async () => {
    const { objects } = await inspectOverlay(overlay);
    const names = (kind: string) =>
      objects.filter((o) => o.kind === kind).map((o) => o.metadata.name);

    for (const service of ['gateway', 'users', 'courts']) {
      expect(names('PodDisruptionBudget')).toContain(service);
      expect(names('HorizontalPodAutoscaler')).toContain(service);
    }
  });
});

describe('the data stores', () => {
  it('run in the k3s overlay only, PostgreSQL as a StatefulSet with a volume', async () => {
    const k3s = await inspectOverlay('k3s');
    const production = await inspectOverlay('production');
    const statefulSets = k3s.objects.filter((o) => o.kind === 'StatefulSet');

    expect(statefulSets.map((o) => o.metadata.name).sort()).toEqual([
      'postgres-courts',
      'postgres-users',
    ]);
    for (const set of statefulSets) {
      expect((set.spec as { volumeClaimTemplates: unknown[] }).volumeClaimTemplates).toHaveLength(
        1,
      );
    }
    expect(production.objects.filter((o) => /postgres|redis/.test(o.metadata.name))).toEqual([]);
  });
});
