import { randomUUID } from 'node:crypto';

import {
  BookingFixture,
  everyDay,
  utcDateInDays,
  type BookingBody,
} from '../helpers/bookingFixture.js';
import { onlyError, type GraphQLResponse } from '../helpers/graphqlRequest.js';

type BookResponse = GraphQLResponse<{ createBooking: BookingBody }>;

/** A booking's code and rule, for compact assertions. */
function refusal(response: BookResponse) {
  const error = onlyError(response);
  expect(response.body.data ?? null).toBeNull();
  return {
    code: error.extensions?.code,
    rule: error.extensions?.rule,
    reason: error.extensions?.reason,
    field: error.extensions?.field,
    message: error.message,
  };
}

describe('createBooking', () => {
  let f: BookingFixture;
  let venueId: string;
  let courtId: string;
  const day = utcDateInDays(3);
  const at = (time: string) => `${day}T${time}:00Z`;

  beforeAll(async () => {
    f = await BookingFixture.start();
  });
  beforeEach(async () => {
    await f.db.reset();
    ({ id: venueId } = await f.venue({
      timeZone: 'UTC',
      openingHours: everyDay('08:00', '22:00'),
    }));
    ({ id: courtId } = await f.court(venueId, { hourlyRate: { amount: 2500, currency: 'EUR' } }));
  });
  afterAll(() => f.stop());

  it('books a free slot at the court rate times the real duration', async () => {
    const response = await f.book(f.member, { courtId, start: at('18:00'), end: at('19:30') });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.createBooking).toMatchObject({
      start: `${day}T18:00:00+00:00`,
      end: `${day}T19:30:00+00:00`,
      status: 'CONFIRMED',
      price: { amount: 3750, currency: 'EUR' },
      court: { id: courtId },
      user: { id: f.member },
      createdBy: { id: f.member },
      overriddenRules: [],
    });
  });

  it('lets a booking ending at 19:00 and one starting at 19:00 both stand (half-open)', async () => {
    const first = await f.book(f.member, { courtId, start: at('18:00'), end: at('19:00') });
    const second = await f.book(f.otherMember, { courtId, start: at('19:00'), end: at('20:00') });
    expect(first.body.errors).toBeUndefined();
    expect(second.body.errors).toBeUndefined();
  });

  it('refuses an overlap with CONFLICT naming the slot, and never stores it', async () => {
    await f.book(f.member, { courtId, start: at('18:00'), end: at('19:00') });
    const clash = await f.book(f.otherMember, { courtId, start: at('18:30'), end: at('19:30') });
    const error = onlyError(clash);
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      courtId,
      start: `${day}T18:30:00+00:00`,
      end: `${day}T19:30:00+00:00`,
    });
    expect(error.message).toMatch(/already booked/);
    const rows = await f.db.orm.em.getConnection().execute('select id from bookings');
    expect(rows).toHaveLength(1);
  });

  it('never lets a cancelled booking block: the slot is bookable at once', async () => {
    const first = await f.book(f.member, { courtId, start: at('18:00'), end: at('19:00') });
    const cancelled = await f.cancel(f.member, first.body.data!.createBooking.id);
    expect(cancelled.body.data!.cancelBooking.status).toBe('CANCELLED');
    const again = await f.book(f.otherMember, { courtId, start: at('18:00'), end: at('19:00') });
    expect(again.body.errors).toBeUndefined();
  });

  it('refuses each broken rule as BAD_USER_INPUT naming the rule', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ start: at('18:00'), end: at('18:30') }, 'DURATION'],
      [{ start: at('18:00'), end: at('21:00') }, 'DURATION'],
      [{ start: at('18:15'), end: at('19:15') }, 'SLOT_GRID'],
      [{ start: at('21:30'), end: at('22:30') }, 'OPENING_HOURS'],
      [{ start: at('07:00'), end: at('08:00') }, 'OPENING_HOURS'],
      [
        { start: `${utcDateInDays(20)}T10:00:00Z`, end: `${utcDateInDays(20)}T11:00:00Z` },
        'BOOKING_HORIZON',
      ],
    ];
    for (const [times, rule] of cases) {
      expect(refusal(await f.book(f.member, { courtId, ...times }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule,
      });
    }
    const rows = await f.db.orm.em.getConnection().execute('select id from bookings');
    expect(rows).toHaveLength(0);
  });

  it('refuses bookings inside the minimum notice and on a court under maintenance', async () => {
    const { id: strict } = await f.court(venueId, {
      bookingRules: { minNoticeMinutes: 7 * 1440 },
    });
    expect(
      refusal(await f.book(f.member, { courtId: strict, start: at('10:00'), end: at('11:00') })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'MIN_NOTICE' });

    const { id: closed } = await f.court(venueId, { status: 'MAINTENANCE' });
    expect(
      refusal(await f.book(f.member, { courtId: closed, start: at('10:00'), end: at('11:00') })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'COURT_STATUS' });
  });

  it('refuses a start in the past even to staff overriding the rules', async () => {
    const yesterday = utcDateInDays(-1);
    const response = await f.book(f.staff, {
      courtId,
      start: `${yesterday}T10:00:00Z`,
      end: `${yesterday}T11:00:00Z`,
      overrideRules: true,
      overrideReason: 'late entry',
    });
    expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.start' });
  });

  it('lets staff override rules with a recorded reason, and never overlap', async () => {
    const noReason = await f.book(f.staff, {
      courtId,
      start: at('22:00'),
      end: at('23:00'),
      overrideRules: true,
    });
    expect(refusal(noReason)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.overrideReason',
    });

    const late = await f.book(f.staff, {
      courtId,
      start: at('22:00'),
      end: at('23:00'),
      userId: f.member,
      overrideRules: true,
      overrideReason: 'Tournament final runs late',
    });
    expect(late.body.errors).toBeUndefined();
    expect(late.body.data!.createBooking).toMatchObject({
      user: { id: f.member },
      createdBy: { id: f.staff },
      overriddenRules: ['OPENING_HOURS'],
      overrideReason: 'Tournament final runs late',
    });

    const overlap = await f.book(f.staff, {
      courtId,
      start: at('22:30'),
      end: at('23:30'),
      overrideRules: true,
      overrideReason: 'try to double-book',
    });
    expect(refusal(overlap).code).toBe('CONFLICT');
  });

  it('holds outer limits no override lifts: 24 hours long, 730 days ahead', async () => {
    const override = { overrideRules: true, overrideReason: 'Season hire' };
    const week = await f.book(f.staff, {
      courtId,
      start: at('10:00'),
      end: `${utcDateInDays(10)}T10:00:00Z`,
      ...override,
    });
    expect(refusal(week)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.end' });
    const far = await f.book(f.staff, {
      courtId,
      start: `${utcDateInDays(800)}T10:00:00Z`,
      end: `${utcDateInDays(800)}T11:00:00Z`,
      ...override,
    });
    expect(refusal(far)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.start' });
    const lastYear = await f.book(f.member, {
      courtId,
      start: '9999-12-31T10:00:00Z',
      end: '9999-12-31T11:00:00Z',
    });
    expect(refusal(lastYear)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' });
  });

  it('records the override reason even when no rule needed overriding', async () => {
    const response = await f.book(f.staff, {
      courtId,
      start: at('10:00'),
      end: at('11:00'),
      overrideRules: true,
      overrideReason: 'Booked at the desk',
    });
    expect(response.body.data!.createBooking).toMatchObject({
      overriddenRules: [],
      overrideReason: 'Booked at the desk',
    });
  });

  it('refuses staff booking for an id that names no active user', async () => {
    const response = await f.book(f.staff, {
      courtId,
      start: at('10:00'),
      end: at('11:00'),
      userId: randomUUID(),
    });
    expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
  });

  it('accepts times as toISOString writes them, with a fraction of zeros', async () => {
    const start = new Date(`${day}T16:00:00Z`).toISOString();
    const end = new Date(`${day}T17:00:00Z`).toISOString();
    const response = await f.book(f.member, { courtId, start, end });
    expect(response.body.errors).toBeUndefined();
  });

  it('keeps overriding and booking for others to bookings:manage', async () => {
    const override = await f.book(f.member, {
      courtId,
      start: at('22:00'),
      end: at('23:00'),
      overrideRules: true,
      overrideReason: 'please',
    });
    expect(refusal(override)).toMatchObject({ code: 'FORBIDDEN' });
    const forOther = await f.book(f.member, {
      courtId,
      start: at('10:00'),
      end: at('11:00'),
      userId: f.otherMember,
    });
    expect(refusal(forOther)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses anonymous callers and callers without bookings:create', async () => {
    const input = { courtId, start: at('10:00'), end: at('11:00') };
    const anonymous = await f.as(
      null,
      'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }',
      { input },
    );
    expect(onlyError(anonymous).extensions?.code).toBe('UNAUTHENTICATED');
    const stranger = randomUUID();
    await f.redis.grant(stranger, []);
    expect(refusal(await f.book(stranger, input)).code).toBe('FORBIDDEN');
  });

  it('refuses malformed input clearly: unknown court, end before start, bad instants', async () => {
    expect(
      refusal(
        await f.book(f.member, { courtId: randomUUID(), start: at('10:00'), end: at('11:00') }),
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      refusal(await f.book(f.member, { courtId, start: at('11:00'), end: at('10:00') })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.end' });
    expect(
      refusal(await f.book(f.member, { courtId, start: `${day}T10:00:30Z`, end: at('11:00') })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.start' });
    const garbage = await f.book(f.member, { courtId, start: 'tomorrow', end: at('11:00') });
    expect(onlyError(garbage).extensions?.code).toBe('BAD_USER_INPUT');
  });

  describe('idempotency keys', () => {
    it('returns the same booking for the same key, never a second one', async () => {
      const input = { courtId, start: at('10:00'), end: at('11:00'), idempotencyKey: 'k-1' };
      const first = await f.book(f.member, input);
      const retry = await f.book(f.member, input);
      expect(retry.body.data!.createBooking.id).toBe(first.body.data!.createBooking.id);
      const rows = await f.db.orm.em.getConnection().execute('select id from bookings');
      expect(rows).toHaveLength(1);
    });

    it('gives concurrent retries with one key one booking', async () => {
      const input = { courtId, start: at('12:00'), end: at('13:00'), idempotencyKey: 'k-race' };
      const responses = await Promise.all(Array.from({ length: 5 }, () => f.book(f.member, input)));
      const ids = new Set(responses.map((r) => r.body.data?.createBooking.id));
      expect(responses.every((r) => r.body.errors === undefined)).toBe(true);
      expect(ids.size).toBe(1);
    });

    it('refuses a key reused for a different booking', async () => {
      await f.book(f.member, {
        courtId,
        start: at('10:00'),
        end: at('11:00'),
        idempotencyKey: 'k',
      });
      const other = await f.book(f.member, {
        courtId,
        start: at('14:00'),
        end: at('15:00'),
        idempotencyKey: 'k',
      });
      expect(refusal(other)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.idempotencyKey',
      });
    });

    it('refuses keys that are blank or hold invisible characters', async () => {
      for (const idempotencyKey of ['   ', '\u202eab', 'a\u0000b', 'x'.repeat(101)]) {
        const response = await f.book(f.member, {
          courtId,
          start: at('10:00'),
          end: at('11:00'),
          idempotencyKey,
        });
        expect(refusal(response)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.idempotencyKey',
        });
      }
    });

    it('scopes keys to the booker: another user may use the same key', async () => {
      await f.book(f.member, {
        courtId,
        start: at('10:00'),
        end: at('11:00'),
        idempotencyKey: 'k',
      });
      const other = await f.book(f.otherMember, {
        courtId,
        start: at('14:00'),
        end: at('15:00'),
        idempotencyKey: 'k',
      });
      expect(other.body.errors).toBeUndefined();
    });
  });
});
