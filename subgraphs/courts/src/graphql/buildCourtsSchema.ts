import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

import { applyRequiresPermission } from '../auth/applyRequiresPermission.js';
import { resolvers } from './resolvers.js';
import { typeDefs } from './typeDefs.js';

/** The executable subgraph schema; the permission guard is applied after Apollo builds it. */
export function buildCourtsSchema(): GraphQLSchema {
  return applyRequiresPermission(buildSubgraphSchema([{ typeDefs, resolvers }]));
}
