import { randomUUID } from 'node:crypto';

import { BookingFixture, everyDay, utcDateInDays } from '../helpers/bookingFixture.js';
import { onlyError } from '../helpers/graphqlRequest.js';

describe('cancelBooking', () => {
  let f: BookingFixture;
  let venueId: string;
  const day = utcDateInDays(3);
  const at = (time: string) => `${day}T${time}:00Z`;

  /** Books as `userId` on a new court with `rules`; fails the test on any error. */
  const bookOn = async (userId: string, rules: Record<string, unknown> = {}) => {
    const { id: courtId } = await f.court(venueId, { bookingRules: rules });
    const response = await f.book(userId, { courtId, start: at('10:00'), end: at('11:00') });
    expect(response.body.errors).toBeUndefined();
    return { courtId, id: response.body.data!.createBooking.id };
  };

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

  it('lets the owner cancel before the cutoff, recording who, when and why', async () => {
    const { id } = await bookOn(f.member, { cancellationCutoffMinutes: 60 });
    const response = await f.cancel(f.member, id, 'Rain forecast');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.cancelBooking).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: { id: f.member },
      cancellationReason: 'Rain forecast',
    });
  });

  it('refuses the owner past the cutoff, naming the rule, and lets staff cancel', async () => {
    const { id } = await bookOn(f.member, { cancellationCutoffMinutes: 7 * 1440 });
    const late = await f.cancel(f.member, id);
    expect(onlyError(late).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'CANCELLATION_CUTOFF',
    });
    const byStaff = await f.cancel(f.staff, id, 'Member phoned the desk');
    expect(byStaff.body.data!.cancelBooking).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: { id: f.staff },
    });
  });

  it('reads a null cutoff as no online limit before the end', async () => {
    const { id } = await bookOn(f.member, { cancellationCutoffMinutes: null });
    expect((await f.cancel(f.member, id)).body.errors).toBeUndefined();
  });

  it('refuses a second cancel with CONFLICT, changing nothing', async () => {
    const { id } = await bookOn(f.member);
    await f.cancel(f.member, id, 'first');
    const again = await f.cancel(f.member, id, 'second');
    expect(onlyError(again).extensions?.code).toBe('CONFLICT');
    const [row] = await f.db.orm.em
      .getConnection()
      .execute<
        { cancellation_reason: string }[]
      >('select cancellation_reason from bookings where id = ?', [id]);
    expect(row!.cancellation_reason).toBe('first');
  });

  it('refuses to cancel a booking that has already ended, even for staff', async () => {
    const { courtId } = await bookOn(f.member);
    const ended = randomUUID();
    await f.db.orm.em.getConnection().execute(
      `insert into bookings (id, court_id, user_id, starts_at, ends_at, price_amount,
       price_currency, created_by) values (?, ?, ?, now() - interval '2 hours',
       now() - interval '1 hour', 0, 'EUR', ?)`,
      [ended, courtId, f.member, f.member],
    );
    for (const who of [f.member, f.staff]) {
      expect(onlyError(await f.cancel(who, ended)).extensions?.code).toBe('CONFLICT');
    }
  });

  it("answers NOT_FOUND for someone else's booking, so its existence stays private", async () => {
    const { id } = await bookOn(f.member);
    const response = await f.cancel(f.otherMember, id);
    expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(response.body)).not.toContain(f.member);
    expect(onlyError(await f.cancel(f.member, 'not-an-id')).extensions?.code).toBe('NOT_FOUND');
  });

  it('requires a signed-in caller', async () => {
    const { id } = await bookOn(f.member);
    const response = await f.as(null, 'mutation ($id: ID!) { cancelBooking(id: $id) { id } }', {
      id,
    });
    expect(onlyError(response).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
