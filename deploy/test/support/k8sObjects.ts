/** The parts of rendered Kubernetes objects the checks read; everything else passes through. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: unknown;
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}

export interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  volumeMounts?: { name: string; mountPath: string }[];
  startupProbe?: { httpGet?: { path: string; port: number | string } };
  livenessProbe?: { httpGet?: { path: string; port: number | string } };
  readinessProbe?: { httpGet?: { path: string; port: number | string } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
}

export interface PodSpec {
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  initContainers?: Container[];
  containers: Container[];
}

export interface DeploymentSpec {
  template: { metadata: { labels: Record<string, string> }; spec: PodSpec };
}

export interface ServiceSpec {
  selector: Record<string, string>;
  ports: { name?: string; port: number; targetPort?: number | string }[];
}

export interface NetworkPolicyPeer {
  podSelector?: { matchLabels?: Record<string, string> };
  namespaceSelector?: { matchLabels?: Record<string, string> };
}

export interface NetworkPolicySpec {
  podSelector: { matchLabels?: Record<string, string> };
  policyTypes?: string[];
  ingress?: { from?: NetworkPolicyPeer[]; ports?: { port: number | string }[] }[];
}

export interface MiddlewareSpec {
  headers?: { customRequestHeaders?: Record<string, string> };
  forwardAuth?: {
    address: string;
    trustForwardHeader?: boolean;
    authResponseHeaders?: string[];
    authResponseHeadersRegex?: string;
  };
  replacePath?: { path: string };
  chain?: { middlewares: { name: string }[] };
}

export interface IngressRouteSpec {
  entryPoints?: string[];
  routes: {
    match: string;
    priority?: number;
    middlewares?: { name: string }[];
    services: { name: string; port: number | string }[];
  }[];
}

export function ofKind<S>(objects: K8sObject[], kind: string): (K8sObject & { spec: S })[] {
  return objects.filter((object) => object.kind === kind) as (K8sObject & { spec: S })[];
}

export function named<S>(
  objects: K8sObject[],
  kind: string,
  name: string,
): K8sObject & { spec: S } {
  const found = ofKind<S>(objects, kind).find((object) => object.metadata.name === name);
  if (!found) throw new Error(`The rendered manifests have no ${kind} named ${name}.`);
  return found;
}

/** Whether every label a selector asks for is on the object. */
export function selects(selector: Record<string, string> | undefined, labels: object): boolean {
  return Object.entries(selector ?? {}).every(
    ([key, value]) => (labels as Record<string, string>)[key] === value,
  );
}
