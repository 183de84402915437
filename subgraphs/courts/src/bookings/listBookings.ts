import type { EntityManager } from '@mikro-orm/postgresql';

import { courtsErrors } from '../errors/courtsErrors.js';
import { isUuid } from '../ids/isUuid.js';
import { decodeBookingCursor, encodeBookingCursor } from './bookingCursor.js';
import { BookingSchema, type Booking, type BookingStatus } from './bookingEntity.js';

const PAGE_SIZE_MAX = 100;

/** `BookingFilter` from GraphQL, with `from` and `to` already read as instants. */
export interface BookingListFilter {
  status?: BookingStatus | null;
  courtId?: string | null;
  venueId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface BookingPage {
  edges: { cursor: string; node: Booking }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

function filteredQuery(em: EntityManager, userId: string | null, filter: BookingListFilter) {
  const qb = em.createQueryBuilder(BookingSchema, 'b');
  if (userId !== null) qb.andWhere({ userId });
  if (filter.status != null) qb.andWhere({ status: filter.status });
  if (filter.courtId != null) qb.andWhere({ courtId: filter.courtId });
  if (filter.venueId != null) {
    qb.andWhere('b.court_id in (select c.id from courts c where c.venue_id = ?)', [filter.venueId]);
  }
  if (filter.from != null) qb.andWhere({ endsAt: { $gt: filter.from } });
  if (filter.to != null) qb.andWhere({ startsAt: { $lt: filter.to } });
  return qb;
}

function checkId(field: string, id: string | null | undefined): string | null {
  if (id == null) return null;
  if (!isUuid(id)) throw courtsErrors.badUserInput(field, `Give ${field} as an id (a UUID).`);
  return id.toLowerCase();
}

/**
 * One page of bookings, soonest first, by keyset on (starts_at, id). `userId` null lists
 * everyone's (the caller holds bookings:manage); otherwise one user's.
 */
export async function listBookings(
  em: EntityManager,
  userId: string | null,
  args: { first?: number | null; after?: string | null; filter: BookingListFilter },
): Promise<BookingPage> {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE_MAX) {
    throw courtsErrors.badUserInput('first', `Ask for 1 to ${PAGE_SIZE_MAX} bookings per page.`);
  }
  const filter: BookingListFilter = {
    ...args.filter,
    courtId: checkId('filter.courtId', args.filter.courtId),
    venueId: checkId('filter.venueId', args.filter.venueId),
  };
  const after = args.after == null ? null : decodeBookingCursor(args.after);

  const page = filteredQuery(em, userId, filter);
  if (after) {
    page.andWhere('(b.starts_at, b.id) > (?, ?)', [new Date(after.startsAtMs), after.id]);
  }
  page.orderBy([{ startsAt: 'asc' }, { id: 'asc' }]).limit(first + 1);
  const [rows, totalCount] = await Promise.all([
    page.getResultList(),
    filteredQuery(em, userId, filter).getCount(),
  ]);
  const nodes = rows.slice(0, first);
  const cursorOf = (b: Booking) =>
    encodeBookingCursor({ startsAtMs: b.startsAt.getTime(), id: b.id });
  const last = nodes.at(-1);
  return {
    edges: nodes.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null },
    totalCount,
  };
}
