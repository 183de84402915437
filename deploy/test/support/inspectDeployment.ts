import { join } from 'node:path';

import { checkEndpoints } from '../checks/checkEndpoints.js';
import { checkIntrospection } from '../checks/checkIntrospection.js';
import { checkWebWorkload } from '../checks/checkWebWorkload.js';
import { readAdmissions, type Admissions } from '../checks/checkNetworkPolicies.js';
import { checkWorkloads } from '../checks/checkWorkloads.js';
import { compareEdges } from '../checks/compareEdges.js';
import { readCaddyEdge } from '../checks/readCaddyEdge.js';
import { readDockerfile, type DockerfileFacts } from '../checks/readDockerfile.js';
import { readStaticFiles, serverRoutes } from '../checks/readStaticFiles.js';
import { readTraefikEdge } from '../checks/readTraefikEdge.js';
import { validateObjects } from '../checks/validateObjects.js';
import { adaptCaddyfile } from './adaptCaddyfile.js';
import type { K8sObject } from './k8sObjects.js';
import { renderOverlay } from './renderOverlay.js';
import { REPO_ROOT, SERVICES, WEB_APP } from './repository.js';
import { loadDefaultPorts } from './serviceDefaults.js';

export const OVERLAYS = ['k3s', 'production'] as const;
export type Overlay = (typeof OVERLAYS)[number];

/** Who may reach what in every overlay; the k3s overlay adds its own data stores. */
const APP_ADMISSIONS: Admissions = {
  gateway: { 4000: ['traefik'] },
  users: { 4001: ['gateway'], 4003: ['traefik'] },
  courts: { 4002: ['gateway'] },
  web: { 8080: ['traefik'] },
};
export const EXPECTED_ADMISSIONS: Record<Overlay, Admissions> = {
  k3s: {
    ...APP_ADMISSIONS,
    'postgres-users': { 5432: ['users'] },
    'postgres-courts': { 5432: ['courts'] },
    redis: { 6379: ['courts', 'users'] },
  },
  production: APP_ADMISSIONS,
};

export interface Inspection {
  objects: K8sObject[];
  /** Schema violations. */
  invalid: string[];
  /** Differences from edge/Caddyfile's contract. */
  edge: string[];
  /** Ports, images, probes, init containers, addresses. */
  workloads: string[];
  admissions: Admissions;
}

/** The files the checks read; a mutated copy replaces some of them. */
export interface DeploymentFiles {
  k8sDir: string;
  /** The edge's Caddyfile, adapted with PLAYGROUND unset (off), as Kubernetes has it. */
  caddyfile: string;
  /** The web image's own Caddyfile. */
  webCaddyfile: string;
}

const REPOSITORY_FILES: DeploymentFiles = {
  k8sDir: join(REPO_ROOT, 'k8s'),
  caddyfile: join(REPO_ROOT, 'edge', 'Caddyfile'),
  webCaddyfile: join(REPO_ROOT, WEB_APP.folder, 'Caddyfile'),
};

/**
 * Renders one overlay of a k8s/ folder (the repository's or a mutated copy) and runs every
 * check on it against the edge's and the web image's Caddyfiles (likewise), the services'
 * own ports and their Dockerfiles.
 */
export async function inspectOverlay(
  overlay: Overlay,
  files: Partial<DeploymentFiles> = {},
): Promise<Inspection> {
  const { k8sDir, caddyfile, webCaddyfile } = { ...REPOSITORY_FILES, ...files };
  const objects = renderOverlay(join(k8sDir, 'overlays', overlay));
  const ports = await loadDefaultPorts();
  // Caddy's upstreams are the services on loopback at their default ports.
  const upstreams = new Map(SERVICES.map((s) => [`127.0.0.1:${ports[s.name]}`, s.name]));
  const caddy = readCaddyEdge(adaptCaddyfile(caddyfile), upstreams);
  const web = adaptCaddyfile(webCaddyfile);
  const staticServers = new Map([[WEB_APP.name, readStaticFiles(serverRoutes(web, 'web'))]]);
  const dockerfiles = new Map<string, DockerfileFacts>(
    [...SERVICES, WEB_APP].map((s) => [
      s.name,
      readDockerfile(join(REPO_ROOT, s.folder, 'Dockerfile')),
    ]),
  );
  const workloads = Object.keys(EXPECTED_ADMISSIONS[overlay]);
  return {
    objects,
    invalid: validateObjects(objects),
    edge: compareEdges(caddy, readTraefikEdge(objects, staticServers)),
    workloads: [
      ...checkWorkloads(objects, ports, dockerfiles),
      ...checkWebWorkload(objects, dockerfiles.get(WEB_APP.name)!, listenPort(web)),
      ...checkEndpoints(objects, ports),
      ...checkIntrospection(objects),
    ],
    admissions: readAdmissions(objects, workloads),
  };
}

/** The port a single-server Caddy config listens on (`0.0.0.0:8080`, `:8080`). */
export function listenPort(config: unknown): number {
  const servers = (config as { apps: { http: { servers: Record<string, { listen?: string[] }> } } })
    .apps.http.servers;
  const address = Object.values(servers)[0]?.listen?.[0] ?? '';
  return Number(/:(\d+)$/.exec(address)?.[1]);
}
