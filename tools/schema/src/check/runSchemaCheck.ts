import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

import { buildSubgraph } from '@apollo/federation-internals';
import { buildSchema, type GraphQLSchema } from 'graphql';

import { readDeclarations } from '../changes/changelog.js';
import { compareSchemas } from '../changes/compareSchemas.js';
import { CompositionError } from '../compose/composeSupergraph.js';
import { type GeneratedFiles, generateSchemaFiles } from '../compose/generateSchemaFiles.js';
import { checkConventions } from '../conventions/checkConventions.js';
import { readAllowList } from '../conventions/readAllowList.js';
import { collectOperations } from '../operations/collectOperations.js';
import { validateOperations } from '../operations/validateOperations.js';
import type { RepoPaths } from '../repoPaths.js';
import { loadBaseSchema } from './loadBaseSchema.js';

export type FailureKind = 'composition' | 'stale' | 'breaking' | 'convention' | 'operation';

export interface CheckFailure {
  kind: FailureKind;
  message: string;
}

export interface CheckReport {
  failures: CheckFailure[];
  /** Composition hints and dangerous changes: worth reading, not failures. */
  notes: string[];
}

export interface CheckOptions {
  /** Compare with schema/api.graphql at this git ref instead of the release snapshot. */
  baseRef?: string;
}

/** Every schema check of `npm run schema:check`, on the repository at `paths.root`. */
export async function runSchemaCheck(
  paths: RepoPaths,
  options: CheckOptions = {},
): Promise<CheckReport> {
  const failures: CheckFailure[] = [];
  const fail = (kind: FailureKind, messages: string[]) =>
    failures.push(...messages.map((message) => ({ kind, message })));

  let generated: GeneratedFiles;
  try {
    generated = generateSchemaFiles(paths);
  } catch (error) {
    if (!(error instanceof CompositionError)) throw error;
    fail('composition', [error.message]);
    return { failures, notes: [] };
  }
  const { composition, files } = generated;
  const notes = composition.hints.map(({ code, message }) => `hint [${code}] ${message}`);

  for (const [path, content] of files) {
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (committed === content) continue;
    fail('stale', [
      `${relative(paths.root, path)} is ${committed === undefined ? 'missing' : 'out of date'}: ` +
        'run npm run schema:compose and commit the result.',
    ]);
  }

  const api = buildSchema(composition.apiSdl);
  const base = loadBaseSchema(paths, options.baseRef);
  if (typeof base === 'string') {
    fail('breaking', [base]);
  } else {
    const declarations = readDeclarations(paths.changelog);
    const comparison = await compareSchemas(base.sdl, composition.apiSdl, declarations, base.name);
    fail('breaking', comparison.undeclared);
    notes.push(...comparison.warnings);
  }

  const subgraphFiles = composition.subgraphs.map(({ name, schemaPath, sdl }) => ({
    name,
    file: relative(paths.root, schemaPath),
    sdl,
  }));
  const allowListFile = relative(paths.root, paths.allowList);
  fail(
    'convention',
    checkConventions(api, subgraphFiles, readAllowList(paths.allowList), allowListFile),
  );

  const schemas = new Map<string, { schema: GraphQLSchema; file: string }>([
    ['api', { schema: api, file: 'schema/api.graphql' }],
  ]);
  for (const { name, file, sdl } of subgraphFiles) {
    const subgraph = buildSubgraph(name, 'http://subgraph.invalid', sdl);
    schemas.set(name, { schema: subgraph.schema.toGraphQLJSSchema(), file });
  }
  const operations = collectOperations(
    paths,
    composition.subgraphs.map(({ name, schemaPath }) => ({
      name,
      testDir: join(dirname(schemaPath), 'test'),
    })),
  );
  fail('operation', validateOperations(operations, schemas));
  return { failures, notes };
}
