import { relative } from 'node:path';

import { renderPermissions } from '../permissions/renderPermissions.js';
import type { RepoPaths } from '../repoPaths.js';
import { type CompositionResult, composeSupergraph } from './composeSupergraph.js';
import { readRoverConfig } from './readRoverConfig.js';

export interface GeneratedFiles {
  composition: CompositionResult;
  /** Path → content of every generated, committed file. */
  files: Map<string, string>;
}

/** Composes rover.yaml and renders every file `npm run schema:compose` writes. */
export function generateSchemaFiles(paths: RepoPaths): GeneratedFiles {
  const composition = composeSupergraph(readRoverConfig(paths.roverConfig), paths.root);
  const files = new Map([
    [paths.supergraph, composition.supergraphSdl],
    [paths.apiSchema, composition.apiSdl],
    [paths.permissions, renderPermissions(composition.supergraphSdl)],
  ]);
  return { composition, files };
}

export function schemaFileLabel(paths: RepoPaths, path: string): string {
  return relative(paths.root, path);
}
