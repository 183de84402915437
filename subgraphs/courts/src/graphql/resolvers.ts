import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';

import type { Court } from '../courts/courtEntity.js';
import type { CourtFilter } from '../courts/courtFilter.js';
import type { CreateCourtInput, UpdateCourtInput } from '../courts/courtInput.js';
import { createCourt, deleteCourt, updateCourt } from '../courts/courtMutations.js';
import { listCourts } from '../courts/listCourts.js';
import { courtsErrors } from '../errors/courtsErrors.js';
import type { CourtsContext } from './courtsContext.js';

export const resolvers: GraphQLResolverMap<CourtsContext> = {
  Query: {
    courts: (
      _source,
      args: { first?: number | null; after?: string | null; filter?: CourtFilter | null },
      ctx,
    ) => listCourts(ctx.em, args),
    court: (_source, args: { id: string }, ctx) => ctx.loadCourt(args.id),
  },

  Mutation: {
    createCourt: (_source, args: { input: CreateCourtInput }, ctx) => {
      // @requiresPermission already refused anonymous callers; this narrows the type.
      if (!ctx.userId) throw courtsErrors.unauthenticated();
      return createCourt(ctx.em, args.input, ctx.userId);
    },
    updateCourt: (_source, args: { id: string; input: UpdateCourtInput }, ctx) =>
      updateCourt(ctx.em, args.id, args.input),
    deleteCourt: (_source, args: { id: string }, ctx) => deleteCourt(ctx.em, args.id),
  },

  Court: {
    __resolveReference: (reference: { id?: unknown }, ctx: CourtsContext) =>
      ctx.loadCourt(reference.id),
    hourlyRate: (court: Court) => ({
      amount: court.hourlyRateAmount,
      currency: court.hourlyRateCurrency,
    }),
    createdAt: (court: Court) => court.createdAt.toISOString(),
    updatedAt: (court: Court) => court.updatedAt.toISOString(),
    // A reference only: the gateway batches every User of a response into one users fetch.
    createdBy: (court: Court) =>
      court.createdBy ? { __typename: 'User', id: court.createdBy } : null,
  },
};
