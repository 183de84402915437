import type { DeploymentSpec, K8sObject } from '../support/k8sObjects.js';
import { named } from '../support/k8sObjects.js';
import { WEB_APP } from '../support/repository.js';
import { checkContainer, checkService, envValue } from './checkWorkloads.js';
import type { DockerfileFacts } from './readDockerfile.js';

/** `/` is index.html: a pod whose files are missing is neither started nor ready. */
const PAGE_PROBES = { startupProbe: '/', livenessProbe: '/', readinessProbe: '/' };
/** Where Caddy's image keeps its autosaved config (XDG_CONFIG_HOME): it must be writable. */
const CADDY_CONFIG_HOME = '/config';

/**
 * The web app's Deployment against its image: the port its Dockerfile exposes and its own
 * Caddyfile listens on, the image's user, probes, limits, and a read-only root filesystem
 * with a writable place for what Caddy writes.
 */
export function checkWebWorkload(
  objects: K8sObject[],
  dockerfile: DockerfileFacts,
  listenPort: number,
): string[] {
  const where = `Deployment ${WEB_APP.name}:`;
  const pod = named<DeploymentSpec>(objects, 'Deployment', WEB_APP.name).spec.template.spec;
  const main = pod.containers.find((c) => c.name === WEB_APP.name);
  if (!main) return [`${where} no container named ${WEB_APP.name}.`];
  const problems: string[] = [];
  const image = main.image.split('/').pop()!.split(':')[0];

  if (image !== WEB_APP.image) {
    problems.push(`${where} image ${main.image} is not ${WEB_APP.image} (its Dockerfile's).`);
  }
  if (dockerfile.exposed !== listenPort || dockerfile.envPort !== listenPort) {
    problems.push(`${where} web/Dockerfile must EXPOSE and ENV PORT=${listenPort}.`);
  }
  if (main.ports?.[0]?.containerPort !== listenPort) {
    problems.push(`${where} its first containerPort must be ${listenPort}, web/Caddyfile's.`);
  }
  const envPort = envValue(main.env, 'PORT');
  if (envPort !== undefined && envPort !== String(listenPort)) {
    problems.push(`${where} env PORT must be ${listenPort}.`);
  }
  if (pod.securityContext?.runAsUser !== dockerfile.user) {
    problems.push(`${where} runAsUser must be the Dockerfile's USER ${dockerfile.user}.`);
  }
  if (pod.securityContext?.runAsNonRoot !== true) {
    problems.push(`${where} the pod must set runAsNonRoot: true.`);
  }
  if (!main.volumeMounts?.some((m) => m.mountPath === CADDY_CONFIG_HOME)) {
    problems.push(`${where} mount an emptyDir at ${CADDY_CONFIG_HOME}: Caddy autosaves there.`);
  }
  problems.push(...checkContainer(where, main, PAGE_PROBES));
  problems.push(...checkService(objects, WEB_APP.name, main));
  return problems;
}
