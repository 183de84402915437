import type { GraphQLSchema } from 'graphql';

import { fieldsOf, publicTypes } from './publicTypes.js';
import type { Violation } from './Violation.js';

/**
 * Every public type and every field (output and input) carries a description: it is what the
 * playground's docs and a web developer's editor show. Root operation types are exempt (their
 * fields are what needs describing).
 */
export function checkDescriptions(schema: GraphQLSchema): Violation[] {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map(
      (type) => type?.name,
    ),
  );
  const violations: Violation[] = [];
  const missing = (coordinate: string, what: string) =>
    violations.push({
      rule: 'description',
      coordinate,
      message:
        `${what} ${coordinate} has no description: add a "..." line above it in the subgraph ` +
        'schema saying what it means to a client.',
    });

  for (const type of publicTypes(schema)) {
    if (!roots.has(type.name) && !type.description?.trim()) missing(type.name, 'type');
    for (const field of fieldsOf(type)) {
      if (!field.description?.trim()) missing(`${type.name}.${field.name}`, 'field');
    }
  }
  return violations;
}
