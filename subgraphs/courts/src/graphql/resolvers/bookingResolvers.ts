import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';

import { availability, type CourtAvailability } from '../../bookings/availability.js';
import type { Booking } from '../../bookings/bookingEntity.js';
import type { CreateBookingInput } from '../../bookings/bookingInput.js';
import { cancelBooking } from '../../bookings/cancelBooking.js';
import { createBooking } from '../../bookings/createBooking.js';
import { listBookings, type BookingListFilter } from '../../bookings/listBookings.js';
import { parseFilterInstant } from '../../bookings/parseFilterInstant.js';
import type { Sport } from '../../courts/courtEnums.js';
import { bookingErrors } from '../../errors/bookingErrors.js';
import { courtsErrors } from '../../errors/courtsErrors.js';
import { isUuid } from '../../ids/isUuid.js';
import { formatInstant, priceForInterval } from '../../schedule/index.js';
import { bookingCaller, holds, requireUser } from '../callers.js';
import type { CourtsContext } from '../courtsContext.js';

interface BookingFilterArgs {
  status?: BookingListFilter['status'];
  courtId?: string | null;
  venueId?: string | null;
  from?: string | null;
  to?: string | null;
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
  filter?: BookingFilterArgs | null;
}

function toListFilter(filter: BookingFilterArgs | null | undefined): BookingListFilter {
  return {
    status: filter?.status ?? null,
    courtId: filter?.courtId ?? null,
    venueId: filter?.venueId ?? null,
    from: parseFilterInstant('filter.from', filter?.from),
    to: parseFilterInstant('filter.to', filter?.to),
  };
}

/** The zone a booking's times are shown in: its court's venue's. */
async function zoneOf(booking: Booking, ctx: CourtsContext): Promise<string> {
  const court = await ctx.loadCourt(booking.courtId);
  const venue = court ? await ctx.loadVenue(court.venueId) : null;
  return venue?.timeZone ?? 'UTC';
}

const userRef = (id: string | null) => (id === null ? null : { __typename: 'User', id });

export const bookingResolvers: GraphQLResolverMap<CourtsContext> = {
  Query: {
    availability: (
      _source,
      args: { venueId: string; date: string; sport?: Sport | null; duration?: number | null },
      ctx,
    ) => availability(ctx.em, args),
    booking: async (_source, args: { id: string }, ctx) => {
      const userId = requireUser(ctx);
      const booking = await ctx.loadBooking(args.id);
      if (!booking) return null;
      if (booking.userId === userId || (await holds(ctx, 'bookings:manage'))) return booking;
      return null;
    },
    bookings: (_source, args: PageArgs, ctx) =>
      listBookings(ctx.em, null, { ...args, filter: toListFilter(args.filter) }),
  },

  Mutation: {
    createBooking: async (_source, args: { input: CreateBookingInput }, ctx) => {
      const caller = await bookingCaller(ctx);
      const forUser = args.input.userId;
      // Staff booking for someone else: the id must name an active user. (Others are refused
      // FORBIDDEN by createBooking before this would matter.)
      const forOther =
        forUser != null && isUuid(forUser) && forUser.toLowerCase() !== caller.userId;
      if (forOther && caller.canManage && !(await ctx.isKnownUser(forUser))) {
        throw bookingErrors.unknownUser();
      }
      return createBooking(ctx.em, caller, args.input);
    },
    cancelBooking: async (_source, args: { id: string; reason?: string | null }, ctx) =>
      cancelBooking(ctx.em, await bookingCaller(ctx), args.id, args.reason),
  },

  User: {
    __resolveReference: (reference: { id?: unknown }) =>
      isUuid(reference.id) ? { id: reference.id.toLowerCase() } : null,
    bookings: async (user: { id: string }, args: PageArgs, ctx: CourtsContext) => {
      const callerId = requireUser(ctx);
      if (user.id !== callerId && !(await holds(ctx, 'bookings:manage'))) {
        throw courtsErrors.forbidden('bookings:manage');
      }
      return listBookings(ctx.em, user.id, { ...args, filter: toListFilter(args.filter) });
    },
  },

  Booking: {
    __resolveReference: async (reference: { id?: unknown }, ctx: CourtsContext) => {
      const booking = await ctx.loadBooking(reference.id);
      if (!booking || !ctx.userId) return null;
      if (booking.userId === ctx.userId || (await holds(ctx, 'bookings:manage'))) return booking;
      return null;
    },
    court: (booking: Booking, _args, ctx: CourtsContext) => ctx.loadCourt(booking.courtId),
    user: (booking: Booking) => userRef(booking.userId),
    start: async (booking: Booking, _args, ctx: CourtsContext) =>
      formatInstant(booking.startsAt, await zoneOf(booking, ctx)),
    end: async (booking: Booking, _args, ctx: CourtsContext) =>
      formatInstant(booking.endsAt, await zoneOf(booking, ctx)),
    price: (booking: Booking) => ({ amount: booking.priceAmount, currency: booking.priceCurrency }),
    createdBy: (booking: Booking) => userRef(booking.createdBy),
    createdAt: (booking: Booking) => booking.createdAt.toISOString(),
    cancelledBy: (booking: Booking) => userRef(booking.cancelledBy),
    cancelledAt: (booking: Booking) => booking.cancelledAt?.toISOString() ?? null,
  },

  CourtAvailability: {
    slots: (entry: CourtAvailability) =>
      entry.slots.map(({ start, end }) => ({
        start: formatInstant(start, entry.timeZone),
        end: formatInstant(end, entry.timeZone),
        price: {
          amount: priceForInterval(entry.court.hourlyRateAmount, start, end),
          currency: entry.court.hourlyRateCurrency,
        },
      })),
  },
};
