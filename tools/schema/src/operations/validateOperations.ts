import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  isExecutableDefinitionNode,
  Kind,
  NoUnusedFragmentsRule,
  parse,
  specifiedRules,
  validate,
  visit,
} from 'graphql';

import type { OperationSource } from './OperationSource.js';

/** A file of shared fragments uses none of them itself: that is how it is meant to be. */
const RULES = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

/**
 * Validates each document against the schema of its target. A fragment defined in another
 * document of the same target (a shared fragment file) is added to the documents using it.
 */
export function validateOperations(
  sources: OperationSource[],
  schemas: Map<string, { schema: GraphQLSchema; file: string }>,
): string[] {
  const parsed = sources.map((source) => ({ source, ...tryParse(source.document) }));
  const failures: string[] = [];
  for (const { source, document, syntaxError } of parsed) {
    // A marked document of type definitions (a test's own schema) is not an operation.
    if (document && !document.definitions.some(isExecutableDefinitionNode)) continue;
    const target = schemas.get(source.target);
    if (syntaxError || !document || !target) {
      failures.push(
        `${source.location}: ${syntaxError ?? `no schema for "${source.target}"`}: fix the ` +
          'GraphQL syntax, or drop the /* GraphQL */ mark if the text is not an operation.',
      );
      continue;
    }

    const shared = parsed
      .filter((other) => other.source.target === source.target && other.document)
      .flatMap((other) => other.document?.definitions ?? [])
      .filter((definition): definition is FragmentDefinitionNode => isFragment(definition));
    const errors = validate(target.schema, withFragments(document, shared), RULES);
    for (const error of errors) {
      failures.push(
        `${source.location}: ${error.message} The operation does not validate against ` +
          `${target.file}: change the operation, or the schema if the operation is right.`,
      );
    }
  }
  return failures;
}

function tryParse(text: string): { document?: DocumentNode; syntaxError?: string } {
  try {
    return { document: parse(text) };
  } catch (error) {
    return { syntaxError: error instanceof Error ? error.message : String(error) };
  }
}

function isFragment(definition: DocumentNode['definitions'][number]): boolean {
  return definition.kind === Kind.FRAGMENT_DEFINITION;
}

/** Adds the fragments the document spreads but does not define (transitively). */
function withFragments(document: DocumentNode, pool: FragmentDefinitionNode[]): DocumentNode {
  const defined = new Set(
    document.definitions.filter(isFragment).map((d) => (d as FragmentDefinitionNode).name.value),
  );
  const added: FragmentDefinitionNode[] = [];
  let pending = spreadNames(document);
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (defined.has(name)) continue;
    const fragment = pool.find((candidate) => candidate.name.value === name);
    if (!fragment) continue;
    defined.add(name);
    added.push(fragment);
    pending = [...pending, ...spreadNames(fragment)];
  }
  return { ...document, definitions: [...document.definitions, ...added] };
}

function spreadNames(node: DocumentNode | FragmentDefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}
