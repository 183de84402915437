import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';

import type { CourtsContext } from './courtsContext.js';
import { blockResolvers } from './resolvers/blockResolvers.js';
import { bookingResolvers } from './resolvers/bookingResolvers.js';
import { courtResolvers } from './resolvers/courtResolvers.js';
import { venueResolvers } from './resolvers/venueResolvers.js';
import { scalarResolvers } from './scalars.js';

const parts = [courtResolvers, venueResolvers, bookingResolvers, blockResolvers];

/** Every resolver of the subgraph, merged type by type from one file per area. */
export const resolvers: GraphQLResolverMap<CourtsContext> = {
  ...(scalarResolvers as unknown as GraphQLResolverMap<CourtsContext>),
  ...Object.fromEntries(
    [...new Set(parts.flatMap((part) => Object.keys(part)))].map((type) => [
      type,
      Object.assign({}, ...parts.map((part) => part[type] ?? {})),
    ]),
  ),
};
