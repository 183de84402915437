import { type GraphQLSchema, getNamedType, isLeafType } from 'graphql';

import type { Violation } from './Violation.js';

/**
 * A mutation that changes an object returns that object (or a payload holding it), so a
 * client cache such as Apollo Client's can update itself without a second request. A mutation
 * answering only a Boolean, ID or other leaf is refused unless the allow-list says why.
 */
export function checkMutationResults(schema: GraphQLSchema): Violation[] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];

  return Object.values(mutation.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)))
    .map((field) => ({
      rule: 'mutation-returns-object' as const,
      coordinate: `${mutation.name}.${field.name}`,
      message:
        `${mutation.name}.${field.name} returns ${String(field.type)}: return the object it ` +
        'changes (or a payload type holding it); if it changes no object a client can see, ' +
        'add it to schema/conventions-allowlist.yaml with the reason.',
    }));
}
