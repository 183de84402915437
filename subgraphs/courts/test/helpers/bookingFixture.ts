import { randomUUID } from 'node:crypto';

import { graphqlRequest, type GraphQLResponse } from './graphqlRequest.js';
import { startTestApp, type TestApp } from './startTestApp.js';
import { TestDatabase } from './testDatabase.js';
import { TestRedis } from './testRedis.js';

export const STAFF_PERMISSIONS = [
  'courts:create',
  'courts:update',
  'courts:delete',
  'venues:manage',
  'bookings:create',
  'bookings:manage',
  'blocks:manage',
];

export const BOOKING_FIELDS = `id start end status price { amount currency }
  court { id name } user { id } createdBy { id } overriddenRules overrideReason
  flaggedByMaintenance cancelledBy { id } cancelledAt cancellationReason`;

export const CREATE_BOOKING = `mutation ($input: CreateBookingInput!) {
  createBooking(input: $input) { ${BOOKING_FIELDS} } }`;
export const CANCEL_BOOKING = `mutation ($id: ID!, $reason: String) {
  cancelBooking(id: $id, reason: $reason) { ${BOOKING_FIELDS} } }`;

export interface BookingBody {
  id: string;
  start: string;
  end: string;
  status: string;
  price: { amount: number; currency: string };
  court: { id: string; name: string };
  user: { id: string } | null;
  overriddenRules: string[];
  overrideReason: string | null;
  flaggedByMaintenance: boolean;
  cancelledBy: { id: string } | null;
  cancellationReason: string | null;
}

/** Every day of the week, in the form the API takes. */
export function everyDay(opens: string, closes: string) {
  return ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map(
    (weekday) => ({ weekday, opens, closes }),
  );
}

/**
 * The real service with a staff member and a member whose permissions sit in the cache, and
 * helpers to make venues and courts through the API. Each test file makes one.
 */
export class BookingFixture {
  readonly staff = randomUUID();
  readonly member = randomUUID();
  readonly otherMember = randomUUID();

  private constructor(
    readonly app: TestApp,
    readonly db: TestDatabase,
    readonly redis: TestRedis,
  ) {}

  static async start(): Promise<BookingFixture> {
    const db = await TestDatabase.open();
    const app = await startTestApp();
    const fixture = new BookingFixture(app, db, new TestRedis());
    await fixture.redis.grant(fixture.staff, STAFF_PERMISSIONS);
    await fixture.redis.grant(fixture.member, ['bookings:create']);
    await fixture.redis.grant(fixture.otherMember, ['bookings:create']);
    return fixture;
  }

  async stop(): Promise<void> {
    await this.app.stop();
    await this.db.close();
    await this.redis.close();
  }

  /** A GraphQL request as `userId` (null: anonymous). */
  as<T = Record<string, unknown>>(
    userId: string | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    return graphqlRequest<T>(
      this.app.url,
      query,
      variables,
      userId ? { 'x-auth-user': userId } : {},
    );
  }

  /** Makes a venue as staff; fails the test on any error. */
  async venue(input: Record<string, unknown>): Promise<{ id: string; timeZone: string }> {
    const response = await this.as<{ createVenue: { id: string; timeZone: string } }>(
      this.staff,
      'mutation ($input: CreateVenueInput!) { createVenue(input: $input) { id timeZone } }',
      { input: { name: `Venue ${randomUUID()}`, ...input } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.createVenue;
  }

  /** Makes a court as staff; fails the test on any error. */
  async court(venueId: string, input: Record<string, unknown> = {}): Promise<{ id: string }> {
    const response = await this.as<{ createCourt: { id: string } }>(
      this.staff,
      'mutation ($input: CreateCourtInput!) { createCourt(input: $input) { id } }',
      {
        input: {
          name: `Court ${randomUUID()}`,
          sport: 'TENNIS',
          indoor: false,
          hourlyRate: { amount: 2000, currency: 'EUR' },
          venueId,
          ...input,
        },
      },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.createCourt;
  }

  book(userId: string, input: Record<string, unknown>) {
    return this.as<{ createBooking: BookingBody }>(userId, CREATE_BOOKING, { input });
  }

  cancel(userId: string, id: string, reason?: string) {
    return this.as<{ cancelBooking: BookingBody }>(userId, CANCEL_BOOKING, { id, reason });
  }
}

/** YYYY-MM-DD of the UTC day `days` from now: a date safely inside a booking horizon. */
export function utcDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** YYYY-MM-DD of the last Sunday of a month (1-12): Europe's DST nights. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/**
 * The next last Sunday of `month` at least two days ahead, so that it is always a future date:
 * 2027-03-28 and 2027-10-31 for March and October as of this writing, later ones afterwards.
 */
export function nextLastSunday(month: number): string {
  const soonest = utcDateInDays(2);
  const year = Number(soonest.slice(0, 4));
  const thisYear = lastSunday(year, month);
  return thisYear >= soonest ? thisYear : lastSunday(year + 1, month);
}
