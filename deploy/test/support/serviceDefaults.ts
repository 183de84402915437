import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { REPO_ROOT, SERVICES, type ServiceName } from './repository.js';

/** The default PORT of each service, read from its own built configuration module. */
export type DefaultPorts = Record<ServiceName, number>;

interface ConfigModule {
  loadConfig(env: Record<string, string>, defaults?: { supergraphPath: string }): { port: number };
}

/**
 * Each service's `loadConfig` with an empty environment, from its dist/ (`npm run build`
 * makes it): the ports the manifests must match are the services' own, not a copy.
 */
export async function loadDefaultPorts(): Promise<DefaultPorts> {
  const ports: Partial<DefaultPorts> = {};
  for (const service of SERVICES) {
    const file = join(REPO_ROOT, service.folder, 'dist', 'config', 'loadConfig.js');
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run \`npm run build\` first.`);
    }
    const module = (await import(pathToFileURL(file).href)) as ConfigModule;
    ports[service.name] = module.loadConfig({}, { supergraphPath: 'unused' }).port;
  }
  return ports as DefaultPorts;
}
