import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';

import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { type GraphQLError, parse, printSchema, Source } from 'graphql';

import type { RoverConfig } from './readRoverConfig.js';

export interface CompositionHint {
  code: string;
  message: string;
}

/** One subgraph as composed: its name, the file it came from and the SDL read from it. */
export interface ComposedSubgraph {
  name: string;
  schemaPath: string;
  sdl: string;
}

export interface CompositionResult {
  /** The supergraph the gateway serves, with every join and link directive. */
  supergraphSdl: string;
  /** The API schema: what clients see, without federation internals or custom directives. */
  apiSdl: string;
  hints: CompositionHint[];
  subgraphs: ComposedSubgraph[];
}

/** A composition that failed; `errors` are the composer's messages with code and location. */
export class CompositionError extends Error {
  constructor(readonly errors: string[]) {
    super(
      `Composition failed:\n${errors.map((error) => `  - ${error}`).join('\n')}\n` +
        'Fix the subgraph schema named in each error, then run npm run schema:compose.',
    );
    this.name = 'CompositionError';
  }
}

/**
 * Composes the subgraph schemas listed in the rover config, as rover would with the pinned
 * federation version, and derives the API schema from the result.
 */
export function composeSupergraph(config: RoverConfig, root: string): CompositionResult {
  requirePinnedComposition(config);
  const subgraphs = config.subgraphs.map((subgraph) => ({
    name: subgraph.name,
    schemaPath: subgraph.schemaPath,
    url: subgraph.routingUrl,
    sdl: readFileSync(subgraph.schemaPath, 'utf8'),
  }));

  // Each document is parsed with its file as the source name, so errors can point at a line.
  const result = composeServices(
    subgraphs.map(({ name, url, sdl, schemaPath }) => ({
      name,
      url,
      typeDefs: parse(new Source(sdl, relative(root, schemaPath))),
    })),
  );
  if (result.errors) throw new CompositionError(result.errors.map(describeError));

  const supergraphSdl = `${result.supergraphSdl.trimEnd()}\n`;
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return {
    supergraphSdl,
    apiSdl: `${printSchema(api).trimEnd()}\n`,
    hints: result.hints.map((hint) => ({ code: hint.definition.code, message: hint.message })),
    subgraphs: subgraphs.map(({ name, schemaPath, sdl }) => ({ name, schemaPath, sdl })),
  };
}

/** `[CODE] message (at file:line:column, ...)`: the message names subgraph, type and field. */
function describeError(error: GraphQLError): string {
  const where = (error.nodes ?? [])
    .map((node) => {
      if (!node.loc) return undefined;
      const { line, column } = node.loc.source.locationOffset;
      const position = node.loc.startToken;
      return `${node.loc.source.name}:${position.line + line - 1}:${position.column + column - 1}`;
    })
    .filter((location): location is string => location !== undefined);
  const at = where.length > 0 ? ` (at ${[...new Set(where)].join(', ')})` : '';
  return `[${String(error.extensions.code)}] ${error.message}${at}`;
}

function requirePinnedComposition(config: RoverConfig): void {
  const require = createRequire(import.meta.url);
  const { version } = require('@apollo/composition/package.json') as { version: string };
  if (version !== config.federationVersion) {
    throw new Error(
      `rover.yaml pins federation ${config.federationVersion} but @apollo/composition ` +
        `${version} is installed: align tools/schema/package.json with rover.yaml.`,
    );
  }
}
