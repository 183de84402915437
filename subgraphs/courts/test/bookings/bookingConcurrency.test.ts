import { randomUUID } from 'node:crypto';

import { BookingFixture, everyDay, utcDateInDays } from '../helpers/bookingFixture.js';

describe('bookings under concurrency', () => {
  let f: BookingFixture;
  let venueId: string;
  const day = utcDateInDays(4);
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
  });
  afterAll(() => f.stop());

  it('gives twenty concurrent creates for one slot one booking and nineteen CONFLICTs', async () => {
    const { id: courtId } = await f.court(venueId);
    // Twenty different people: the per-user lock must not be what serialises them.
    const people = Array.from({ length: 20 }, () => randomUUID());
    await Promise.all(people.map((id) => f.redis.grant(id, ['bookings:create'])));

    const responses = await Promise.all(
      people.map((id) => f.book(id, { courtId, start: at('18:00'), end: at('19:00') })),
    );
    const succeeded = responses.filter((r) => r.body.errors === undefined);
    const conflicts = responses.flatMap((r) => r.body.errors ?? []);
    expect(succeeded).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    for (const error of conflicts) {
      expect(error.extensions).toMatchObject({
        code: 'CONFLICT',
        courtId,
        start: `${day}T18:00:00+00:00`,
        end: `${day}T19:00:00+00:00`,
      });
    }
    // Must never happen: two confirmed rows for one slot.
    const rows = await f.db.orm.em
      .getConnection()
      .execute("select id from bookings where status = 'CONFIRMED'");
    expect(rows).toHaveLength(1);
  });

  it('holds a limit of one active booking when one user books twice at once', async () => {
    const { id: courtId } = await f.court(venueId, {
      bookingRules: { maxActiveBookingsPerUser: 1 },
    });
    const responses = await Promise.all([
      f.book(f.member, { courtId, start: at('10:00'), end: at('11:00') }),
      f.book(f.member, { courtId, start: at('14:00'), end: at('15:00') }),
    ]);
    const errors = responses.flatMap((r) => r.body.errors ?? []);
    expect(responses.filter((r) => r.body.errors === undefined)).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'ACTIVE_BOOKING_LIMIT',
    });
  });

  it('frees an allowance once when one booking is cancelled twice at once', async () => {
    const { id: courtId } = await f.court(venueId, {
      bookingRules: { maxActiveBookingsPerUser: 1 },
    });
    const booked = await f.book(f.member, { courtId, start: at('10:00'), end: at('11:00') });
    const id = booked.body.data!.createBooking.id;

    const cancels = await Promise.all([f.cancel(f.member, id), f.cancel(f.member, id)]);
    expect(cancels.filter((r) => r.body.errors === undefined)).toHaveLength(1);
    expect(cancels.flatMap((r) => r.body.errors ?? [])[0]!.extensions?.code).toBe('CONFLICT');

    const next = await Promise.all([
      f.book(f.member, { courtId, start: at('12:00'), end: at('13:00') }),
      f.book(f.member, { courtId, start: at('16:00'), end: at('17:00') }),
    ]);
    expect(next.filter((r) => r.body.errors === undefined)).toHaveLength(1);
  });
});
