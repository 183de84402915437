import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { parse } from 'yaml';

export interface SubgraphSource {
  name: string;
  routingUrl: string;
  schemaPath: string;
}

export interface RoverConfig {
  /** The composition version pinned with `=x.y.z`, e.g. `2.14.4`. */
  federationVersion: string;
  subgraphs: SubgraphSource[];
}

/**
 * Reads rover's supergraph config format (`federation_version`, and for each subgraph its
 * `routing_url` and `schema.file`), so the same file works with the rover CLI where it is
 * available. File paths are relative to the config file, as rover reads them.
 */
export function readRoverConfig(path: string): RoverConfig {
  const document = parse(readFileSync(path, 'utf8')) as unknown;
  const root = asRecord(document, path);

  const version = root.federation_version;
  if (typeof version !== 'string' || !/^=2\.\d+\.\d+$/.test(version)) {
    throw new Error(`${path}: federation_version must pin a version such as "=2.14.4".`);
  }

  const subgraphs = Object.entries(asRecord(root.subgraphs, `${path}: subgraphs`)).map(
    ([name, raw]) => {
      const entry = asRecord(raw, `${path}: subgraphs.${name}`);
      const schema = asRecord(entry.schema, `${path}: subgraphs.${name}.schema`);
      if (typeof entry.routing_url !== 'string' || typeof schema.file !== 'string') {
        throw new Error(`${path}: subgraphs.${name} needs routing_url and schema.file.`);
      }
      return {
        name,
        routingUrl: entry.routing_url,
        schemaPath: resolve(dirname(path), schema.file),
      };
    },
  );
  return { federationVersion: version.slice(1), subgraphs };
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where} must be a mapping.`);
  }
  return value as Record<string, unknown>;
}
