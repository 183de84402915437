import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type {
  Container,
  DeploymentSpec,
  EnvVar,
  K8sObject,
  ServiceSpec,
} from '../support/k8sObjects.js';
import { named, ofKind } from '../support/k8sObjects.js';
import { REPO_ROOT, SERVICES } from '../support/repository.js';
import type { DefaultPorts } from '../support/serviceDefaults.js';
import type { DockerfileFacts } from './readDockerfile.js';

/** Ports and images of the three Deployments against the services and their Dockerfiles. */
export function checkWorkloads(
  objects: K8sObject[],
  ports: DefaultPorts,
  dockerfiles: Map<string, DockerfileFacts>,
): string[] {
  const problems: string[] = [];
  for (const service of SERVICES) {
    const where = `Deployment ${service.name}:`;
    const { spec } = named<DeploymentSpec>(objects, 'Deployment', service.name);
    const pod = spec.template.spec;
    const main = pod.containers.find((c) => c.name === service.name);
    if (!main) {
      problems.push(`${where} no container named ${service.name}.`);
      continue;
    }
    const port = ports[service.name];
    const dockerfile = dockerfiles.get(service.name);
    const image = main.image.split('/').pop()!.split(':')[0];

    if (image !== service.image) {
      problems.push(`${where} image ${main.image} is not ${service.image} (its Dockerfile's).`);
    }
    if (main.ports?.[0]?.containerPort !== port) {
      problems.push(`${where} its first containerPort must be ${port}, the service's default.`);
    }
    if (envValue(main.env, 'PORT') !== String(port)) {
      problems.push(`${where} env PORT must be ${port}.`);
    }
    if (dockerfile && (dockerfile.exposed !== port || dockerfile.envPort !== port)) {
      problems.push(`${where} ${service.folder}/Dockerfile must EXPOSE and ENV PORT=${port}.`);
    }
    if (dockerfile && pod.securityContext?.runAsUser !== dockerfile.user) {
      problems.push(`${where} runAsUser must be the Dockerfile's USER ${dockerfile.user}.`);
    }
    if (pod.securityContext?.runAsNonRoot !== true) {
      problems.push(`${where} the pod must set runAsNonRoot: true.`);
    }
    problems.push(...checkContainer(where, main, SERVICE_PROBES));
    for (const init of pod.initContainers ?? []) {
      problems.push(...checkInit(where, service.folder, main, init));
    }
    if (service.name !== 'gateway') {
      const hasMigrate = (pod.initContainers ?? []).some((c) => c.name === 'migrate');
      if (!hasMigrate) problems.push(`${where} needs the migrate init container.`);
      if (envValue(main.env, 'MIGRATE_ON_START') !== 'false') {
        problems.push(`${where} set MIGRATE_ON_START=false: the init container migrates.`);
      }
    }
    problems.push(...checkService(objects, service.name, main));
  }
  return problems;
}

/** The probes of a Node service: alive while its process runs, ready when its peers are. */
const SERVICE_PROBES = {
  startupProbe: '/health/live',
  livenessProbe: '/health/live',
  readinessProbe: '/health/ready',
} as const;

export type Probes = Record<'startupProbe' | 'livenessProbe' | 'readinessProbe', string>;

/** Limits and a locked-down container; a serving one (probes given) also probes its ports. */
export function checkContainer(where: string, container: Container, probes?: Probes): string[] {
  const problems: string[] = [];
  const name = `${where} container ${container.name}`;
  if (!container.resources?.requests || !container.resources.limits) {
    problems.push(`${name} needs resource requests and limits.`);
  }
  if (container.securityContext?.readOnlyRootFilesystem !== true) {
    problems.push(`${name} must have a read-only root filesystem.`);
  }
  if (container.securityContext?.allowPrivilegeEscalation !== false) {
    problems.push(`${name} must set allowPrivilegeEscalation: false.`);
  }
  if (probes) {
    for (const [probe, path] of Object.entries(probes) as [keyof Probes, string][]) {
      const get = container[probe]?.httpGet;
      const port = container.ports?.find(
        (p) => p.name === get?.port || p.containerPort === get?.port,
      );
      if (get?.path !== path || !port) {
        problems.push(`${name} ${probe} must GET ${path} on one of its ports.`);
      }
    }
  }
  return problems;
}

function checkInit(where: string, folder: string, main: Container, init: Container): string[] {
  const problems = checkContainer(where, init);
  if (init.image !== main.image) {
    problems.push(`${where} init container ${init.name} must run the same image as the server.`);
  }
  const script = init.command?.[1];
  const source = script?.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
  if (init.command?.[0] !== 'node' || !source || !existsSync(join(REPO_ROOT, folder, source))) {
    problems.push(`${where} init container ${init.name} runs no built entry point of ${folder}.`);
  }
  return problems;
}

/** The Service of the same name forwards each named port to the container's port. */
export function checkService(objects: K8sObject[], name: string, main: Container): string[] {
  const service = ofKind<ServiceSpec>(objects, 'Service').find((s) => s.metadata.name === name);
  if (!service) return [`Service ${name}: missing.`];
  const problems: string[] = [];
  for (const port of service.spec.ports) {
    const target = port.targetPort ?? port.port;
    const container = main.ports?.find((p) => p.name === target || p.containerPort === target);
    if (!container || container.containerPort !== port.port) {
      problems.push(`Service ${name}: port ${port.port} must reach containerPort ${port.port}.`);
    }
  }
  return problems;
}

export function envValue(env: EnvVar[] | undefined, name: string): string | undefined {
  return env?.find((variable) => variable.name === name)?.value;
}
