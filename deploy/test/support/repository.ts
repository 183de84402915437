import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory of the test run. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The three services the manifests deploy, each with its folder and image name. */
export const SERVICES = [
  { name: 'gateway', folder: 'gateway', image: 'courtgraph-gateway' },
  { name: 'users', folder: 'subgraphs/users', image: 'courtgraph-users' },
  { name: 'courts', folder: 'subgraphs/courts', image: 'courtgraph-courts' },
] as const;

export type ServiceName = (typeof SERVICES)[number]['name'];

/** The web app's image: its static files behind Caddy, on Traefik's catch-all route. */
export const WEB_APP = { name: 'web', folder: 'web', image: 'courtgraph-web' } as const;
