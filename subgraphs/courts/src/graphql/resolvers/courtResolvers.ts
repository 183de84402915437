import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';

import type { Court } from '../../courts/courtEntity.js';
import type { CourtFilter } from '../../courts/courtFilter.js';
import type { CreateCourtInput, UpdateCourtInput } from '../../courts/courtInput.js';
import {
  createCourt,
  deleteCourt,
  setCourtArchived,
  updateCourt,
} from '../../courts/courtMutations.js';
import { listCourts } from '../../courts/listCourts.js';
import { requireUser } from '../callers.js';
import type { CourtsContext } from '../courtsContext.js';

export const courtResolvers: GraphQLResolverMap<CourtsContext> = {
  Query: {
    courts: (
      _source,
      args: { first?: number | null; after?: string | null; filter?: CourtFilter | null },
      ctx,
    ) => listCourts(ctx.em, args),
    court: (_source, args: { id: string }, ctx) => ctx.loadCourt(args.id),
  },

  Mutation: {
    createCourt: (_source, args: { input: CreateCourtInput }, ctx) =>
      createCourt(ctx.em, args.input, requireUser(ctx)),
    updateCourt: (_source, args: { id: string; input: UpdateCourtInput }, ctx) =>
      updateCourt(ctx.em, args.id, args.input),
    archiveCourt: (_source, args: { id: string }, ctx) => setCourtArchived(ctx.em, args.id, true),
    unarchiveCourt: (_source, args: { id: string }, ctx) =>
      setCourtArchived(ctx.em, args.id, false),
    deleteCourt: (_source, args: { id: string }, ctx) => deleteCourt(ctx.em, args.id),
  },

  Court: {
    __resolveReference: (reference: { id?: unknown }, ctx: CourtsContext) =>
      ctx.loadCourt(reference.id),
    venue: (court: Court, _args, ctx) => ctx.loadVenue(court.venueId),
    hourlyRate: (court: Court) => ({
      amount: court.hourlyRateAmount,
      currency: court.hourlyRateCurrency,
    }),
    bookingRules: (court: Court) => court,
    archivedAt: (court: Court) => court.archivedAt?.toISOString() ?? null,
    createdAt: (court: Court) => court.createdAt.toISOString(),
    updatedAt: (court: Court) => court.updatedAt.toISOString(),
    // A reference only: the gateway batches every User of a response into one users fetch.
    createdBy: (court: Court) =>
      court.createdBy ? { __typename: 'User', id: court.createdBy } : null,
  },
};
