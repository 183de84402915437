import { readFileSync } from 'node:fs';

import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

import type { RoverConfig } from './readRoverConfig.js';

export interface CompositionResult {
  supergraphSdl: string;
  hints: string[];
}

/** A composition that failed; `errors` are the composer's messages with their codes. */
export class CompositionError extends Error {
  constructor(readonly errors: string[]) {
    super(`Composition failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/** Composes the subgraph schemas listed in the rover config into one supergraph SDL. */
export function composeSupergraph(config: RoverConfig): CompositionResult {
  const services = config.subgraphs.map((subgraph) => ({
    name: subgraph.name,
    url: subgraph.routingUrl,
    typeDefs: parse(readFileSync(subgraph.schemaPath, 'utf8')),
  }));

  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(
      result.errors.map((error) => `[${String(error.extensions.code)}] ${error.message}`),
    );
  }
  return {
    supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`,
    hints: result.hints.map((hint) => `[${hint.definition.code}] ${hint.message}`),
  };
}
