import { readFileSync } from 'node:fs';

import { gqlPluckFromCodeStringSync } from '@graphql-tools/graphql-tag-pluck';

import type { OperationSource } from './OperationSource.js';

/**
 * The GraphQL documents of a TypeScript file that are marked as such: a template literal
 * right after a `/* GraphQL *\/` comment, or a `gql`/`graphql` tag from graphql-tag or Apollo
 * Client. Unmarked strings are left alone, which is how a test keeps an operation that is
 * invalid on purpose (it tests the refusal).
 */
export function taggedOperations(path: string, label: string, target: string): OperationSource[] {
  const code = readFileSync(path, 'utf8');
  return gqlPluckFromCodeStringSync(path, code, { skipIndent: true }).map((source) => ({
    location: `${label}:${source.locationOffset.line}`,
    document: source.body,
    target,
  }));
}
