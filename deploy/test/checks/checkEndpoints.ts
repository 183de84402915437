import type {
  DeploymentSpec,
  IngressRouteSpec,
  K8sObject,
  MiddlewareSpec,
  ServiceSpec,
} from '../support/k8sObjects.js';
import { named, ofKind } from '../support/k8sObjects.js';
import type { DefaultPorts } from '../support/serviceDefaults.js';
import { envValue } from './checkWorkloads.js';

/**
 * The addresses one component uses to reach another: Traefik's verify address and services,
 * the gateway's subgraph URLs. Each must land on a Service port that reaches the port the
 * target process listens on.
 */
export function checkEndpoints(objects: K8sObject[], ports: DefaultPorts): string[] {
  const problems: string[] = [];
  const users = named<DeploymentSpec>(objects, 'Deployment', 'users').spec.template.spec;
  const verifyPort = Number(envValue(users.containers[0]?.env, 'VERIFY_PORT'));

  for (const middleware of ofKind<MiddlewareSpec>(objects, 'Middleware')) {
    const auth = middleware.spec.forwardAuth;
    if (!auth) continue;
    const target = reach(objects, new URL(auth.address));
    if (target !== `users:${verifyPort}`) {
      problems.push(
        `Middleware ${middleware.metadata.name}: ${auth.address} reaches ${target}, ` +
          `not users' VERIFY_PORT ${verifyPort}.`,
      );
    }
  }
  for (const route of ofKind<IngressRouteSpec>(objects, 'IngressRoute')) {
    for (const { services } of route.spec.routes) {
      for (const { name, port } of services) {
        if (targetPort(objects, name, port) === undefined) {
          problems.push(
            `IngressRoute ${route.metadata.name}: Service ${name} has no port ${port}.`,
          );
        }
      }
    }
  }
  const gateway = named<DeploymentSpec>(objects, 'Deployment', 'gateway').spec.template.spec;
  const gatewayEnv = gateway.containers[0]?.env;
  for (const subgraph of ['users', 'courts'] as const) {
    const variable = `SUBGRAPH_${subgraph.toUpperCase()}_URL`;
    const url = envValue(gatewayEnv, variable);
    const target = url ? reach(objects, new URL(url)) : 'nothing';
    if (target !== `${subgraph}:${ports[subgraph]}` || !url?.endsWith('/graphql')) {
      problems.push(`Deployment gateway: ${variable} must reach ${subgraph}'s /graphql.`);
    }
  }
  if (gatewayEnv?.some((v) => v.name === 'EDGE_SECRET' && v.value !== undefined)) {
    problems.push('Deployment gateway: EDGE_SECRET must come from a Secret, never a literal.');
  }
  return problems;
}

/** `service:containerPort` an in-cluster URL reaches, or a description of what is wrong. */
function reach(objects: K8sObject[], url: URL): string {
  const match = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(url.hostname);
  if (!match) return `${url.host} (not <service>.<namespace>.svc.cluster.local)`;
  const [, name, namespace] = match as unknown as [string, string, string];
  const service = ofKind<ServiceSpec>(objects, 'Service').find((s) => s.metadata.name === name);
  if (!service || service.metadata.namespace !== namespace) {
    return `${url.host} (no Service ${name} in namespace ${namespace})`;
  }
  const port = targetPort(objects, name, Number(url.port || 80));
  return port === undefined ? `${url.host} (no such Service port)` : `${name}:${port}`;
}

/** The container port a Service port leads to, named target ports resolved. */
function targetPort(objects: K8sObject[], name: string, port: number | string): number | undefined {
  const service = ofKind<ServiceSpec>(objects, 'Service').find((s) => s.metadata.name === name);
  const entry = service?.spec.ports.find((p) => p.port === port || p.name === port);
  if (!service || !entry) return undefined;
  const target = entry.targetPort ?? entry.port;
  if (typeof target === 'number') return target;
  const workload = objects.find(
    (o) =>
      (o.kind === 'Deployment' || o.kind === 'StatefulSet') &&
      Object.entries(service.spec.selector).every(
        ([k, v]) => (o.spec as DeploymentSpec).template.metadata.labels[k] === v,
      ),
  );
  const containers = (workload?.spec as DeploymentSpec | undefined)?.template.spec.containers;
  return containers?.flatMap((c) => c.ports ?? []).find((p) => p.name === target)?.containerPort;
}
