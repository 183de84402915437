import {
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

import type { Violation } from './Violation.js';

const SHAPE =
  'Connections are shaped alike: edges: [XEdge!]!, pageInfo: a non-null page type with ' +
  'hasNextPage: Boolean! and endCursor: String, totalCount: Int!; each edge has cursor: ' +
  'String! and node: X!; a field returning one takes first: Int and after: String.';

/**
 * Every type named `...Connection` has the same shape, so one client helper pages through all
 * of them, and every field that returns one takes the same paging arguments.
 */
export function checkConnections(schema: GraphQLSchema): Violation[] {
  const violations: Violation[] = [];
  const wrong = (coordinate: string, problem: string) =>
    violations.push({ rule: 'connection', coordinate, message: `${problem}. ${SHAPE}` });

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;

    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      if (!returned.name.endsWith('Connection') || !isObjectType(returned)) continue;
      for (const problem of pagingArgumentProblems(field)) {
        wrong(`${type.name}.${field.name}`, `${type.name}.${field.name} ${problem}`);
      }
    }
    if (!type.name.endsWith('Connection')) continue;

    const fields = type.getFields();
    const edges = fields.edges;
    const edgeType = edges && nonNullListOfNonNull(edges.type) ? getNamedType(edges.type) : null;
    if (!edgeType || !isObjectType(edgeType)) {
      wrong(type.name, `${type.name}.edges must be a non-null list of non-null edge objects`);
    } else {
      const edge = edgeType.getFields();
      if (!edge.cursor || String(edge.cursor.type) !== 'String!') {
        wrong(edgeType.name, `${edgeType.name}.cursor must be String!`);
      }
      if (!edge.node || !isNonNullType(edge.node.type) || isListType(edge.node.type.ofType)) {
        wrong(edgeType.name, `${edgeType.name}.node must be a non-null object`);
      }
    }

    const pageInfo = fields.pageInfo;
    const pageType = pageInfo && isNonNullType(pageInfo.type) ? pageInfo.type.ofType : null;
    if (!pageType || !isObjectType(pageType)) {
      wrong(type.name, `${type.name}.pageInfo must be a non-null page info object`);
    } else {
      const page = pageType.getFields();
      if (
        String(page.hasNextPage?.type) !== 'Boolean!' ||
        String(page.endCursor?.type) !== 'String'
      ) {
        wrong(pageType.name, `${pageType.name} needs hasNextPage: Boolean! and endCursor: String`);
      }
    }

    if (!fields.totalCount || String(fields.totalCount.type) !== 'Int!') {
      wrong(type.name, `${type.name}.totalCount must be Int!`);
    }
  }
  return violations;
}

function pagingArgumentProblems(field: GraphQLField<unknown, unknown>): string[] {
  const problems: string[] = [];
  const first = field.args.find((arg) => arg.name === 'first');
  const after = field.args.find((arg) => arg.name === 'after');
  if (!first || !isScalarType(first.type) || first.type.name !== 'Int') {
    problems.push('must take first: Int');
  }
  if (!after || !isScalarType(after.type) || after.type.name !== 'String') {
    problems.push('must take after: String');
  }
  return problems;
}

function nonNullListOfNonNull(type: GraphQLOutputType): boolean {
  return isNonNullType(type) && isListType(type.ofType) && isNonNullType(type.ofType.ofType);
}
