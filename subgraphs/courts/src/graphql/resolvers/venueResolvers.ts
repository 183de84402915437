import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';

import { CourtSchema } from '../../courts/courtEntity.js';
import { findVenue } from '../../venues/findVenue.js';
import { loadExceptions } from '../../venues/loadExceptions.js';
import { VenueSchema, type Venue } from '../../venues/venueEntity.js';
import {
  WEEKDAYS,
  type CreateVenueInput,
  type HoursExceptionInput,
  type UpdateVenueInput,
} from '../../venues/venueInput.js';
import {
  createVenue,
  removeHoursException,
  setHoursException,
  updateVenue,
} from '../../venues/venueMutations.js';
import { courtsErrors } from '../../errors/courtsErrors.js';
import { parseLocalDate } from '../../schedule/index.js';
import type { CourtsContext } from '../courtsContext.js';

function optionalDate(field: string, text: string | null | undefined): string | null {
  if (text == null) return null;
  const date = parseLocalDate(text);
  if (!date.ok) throw courtsErrors.invalidLocalDate(field, date);
  return date.date;
}

export const venueResolvers: GraphQLResolverMap<CourtsContext> = {
  Query: {
    venues: (_source, _args, ctx) => ctx.em.find(VenueSchema, {}, { orderBy: { name: 'asc' } }),
    venue: (_source, args: { id: string }, ctx) => findVenue(ctx.em, args.id),
  },

  Mutation: {
    createVenue: (_source, args: { input: CreateVenueInput }, ctx) =>
      createVenue(ctx.em, args.input),
    updateVenue: (_source, args: { id: string; input: UpdateVenueInput }, ctx) =>
      updateVenue(ctx.em, args.id, args.input),
    setHoursException: (_source, args: { venueId: string; input: HoursExceptionInput }, ctx) =>
      setHoursException(ctx.em, args.venueId, args.input),
    removeHoursException: (_source, args: { venueId: string; date: string }, ctx) =>
      removeHoursException(ctx.em, args.venueId, optionalDate('date', args.date) ?? ''),
  },

  Venue: {
    __resolveReference: (reference: { id?: unknown }, ctx: CourtsContext) =>
      ctx.loadVenue(reference.id),
    openingHours: (venue: Venue) =>
      venue.openingHours.map((row) => ({ ...row, weekday: WEEKDAYS[row.weekday - 1] })),
    hoursExceptions: (
      venue: Venue,
      args: { from?: string | null; to?: string | null },
      ctx: CourtsContext,
    ) =>
      loadExceptions(
        ctx.em,
        venue.id,
        optionalDate('from', args.from),
        optionalDate('to', args.to),
      ),
    courts: (venue: Venue, args: { includeArchived?: boolean | null }, ctx: CourtsContext) =>
      ctx.em.find(
        CourtSchema,
        { venueId: venue.id, ...(args.includeArchived === true ? {} : { archivedAt: null }) },
        { orderBy: { name: 'asc' } },
      ),
    createdAt: (venue: Venue) => venue.createdAt.toISOString(),
    updatedAt: (venue: Venue) => venue.updatedAt.toISOString(),
  },
};
