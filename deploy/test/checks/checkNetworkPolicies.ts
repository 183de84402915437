import type { K8sObject, NetworkPolicyPeer, NetworkPolicySpec } from '../support/k8sObjects.js';
import { ofKind, selects } from '../support/k8sObjects.js';

/** A peer as the checks name it: a pod's app name, or `traefik` (kube-system's Traefik). */
export type Admissions = Record<string, Record<number, string[]>>;

/**
 * Who may open a connection to which port of each workload, as the rendered NetworkPolicies
 * say: `{ users: { 4001: ['gateway'] } }`. A workload no policy names is open to all.
 */
export function readAdmissions(objects: K8sObject[], workloads: string[]): Admissions {
  const policies = ofKind<NetworkPolicySpec>(objects, 'NetworkPolicy');
  const result: Admissions = {};
  for (const workload of workloads) {
    const labels = { 'app.kubernetes.io/name': workload };
    const admissions: Record<number, string[]> = {};
    for (const policy of policies) {
      if (!selects(policy.spec.podSelector.matchLabels, labels)) continue;
      for (const rule of policy.spec.ingress ?? []) {
        for (const port of rule.ports ?? []) {
          const peers = (rule.from ?? []).map(peerName);
          admissions[Number(port.port)] = [...(admissions[Number(port.port)] ?? []), ...peers];
        }
      }
    }
    const denied = policies.some(
      (p) =>
        Object.keys(p.spec.podSelector.matchLabels ?? {}).length === 0 &&
        (p.spec.policyTypes ?? []).includes('Ingress'),
    );
    result[workload] = denied ? sortPeers(admissions) : { 0: ['anyone'] };
  }
  return result;
}

function peerName(peer: NetworkPolicyPeer): string {
  const app = peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] ?? 'any pod';
  const namespace = peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
  if (!peer.namespaceSelector) return app;
  return namespace === 'kube-system' && app === 'traefik' ? 'traefik' : `${namespace}/${app}`;
}

function sortPeers(admissions: Record<number, string[]>): Record<number, string[]> {
  return Object.fromEntries(
    Object.entries(admissions).map(([port, peers]) => [port, [...new Set(peers)].sort()]),
  );
}
