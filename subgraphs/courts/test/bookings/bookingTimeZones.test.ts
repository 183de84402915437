import { BookingFixture, everyDay, nextLastSunday } from '../helpers/bookingFixture.js';

/** Madrid's spring-forward and fall-back days: 2027-03-28 and 2027-10-31 until they pass. */
const SPRING = nextLastSunday(3);
const AUTUMN = nextLastSunday(10);
import { onlyError } from '../helpers/graphqlRequest.js';

/**
 * Runs under TZ=UTC and TZ=America/New_York (scripts/test.mjs): the server's own zone must
 * never change what a venue's wall-clock time means.
 */
describe('bookings in a venue with daylight saving time (Europe/Madrid)', () => {
  let f: BookingFixture;
  let courtId: string;

  beforeAll(async () => {
    f = await BookingFixture.start();
    await f.db.reset();
    const venue = await f.venue({
      timeZone: 'Europe/Madrid',
      openingHours: everyDay('00:00', '24:00'),
    });
    ({ id: courtId } = await f.court(venue.id, {
      hourlyRate: { amount: 1200, currency: 'EUR' },
      bookingRules: {
        slotIntervalMinutes: 60,
        minDurationMinutes: 60,
        maxDurationMinutes: 180,
        maxAdvanceDays: 730,
      },
    }));
  });
  afterAll(() => f.stop());

  it('refuses 02:30 on the spring-forward day (2027-03-28), a time that does not exist in Madrid', async () => {
    const response = await f.book(f.member, {
      courtId,
      start: `${SPRING}T02:30`,
      end: `${SPRING}T03:30`,
    });
    const error = onlyError(response);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.start',
      reason: 'NONEXISTENT_LOCAL_TIME',
    });
    expect(error.message).toMatch(/does not exist/);
  });

  it('refuses 02:30 with the winter offset on that date, which is no Madrid time either', async () => {
    const response = await f.book(f.member, {
      courtId,
      start: `${SPRING}T02:30:00+01:00`,
      end: `${SPRING}T04:30:00+02:00`,
    });
    expect(onlyError(response).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NONEXISTENT_LOCAL_TIME',
    });
  });

  it('asks for an offset when 02:00 happens twice (2027-10-31)', async () => {
    const response = await f.book(f.member, {
      courtId,
      start: `${AUTUMN}T02:00`,
      end: `${AUTUMN}T03:00`,
    });
    expect(onlyError(response).extensions).toMatchObject({ reason: 'AMBIGUOUS_LOCAL_TIME' });
  });

  it('books both 02:00s of the fall-back day (2027-10-31) as distinct slots', async () => {
    const summer = await f.book(f.member, {
      courtId,
      start: `${AUTUMN}T02:00:00+02:00`,
      end: `${AUTUMN}T02:00:00+01:00`,
    });
    const winter = await f.book(f.otherMember, {
      courtId,
      start: `${AUTUMN}T02:00:00+01:00`,
      end: `${AUTUMN}T03:00:00+01:00`,
    });
    expect(summer.body.errors).toBeUndefined();
    expect(winter.body.errors).toBeUndefined();
    expect(summer.body.data!.createBooking).toMatchObject({
      start: `${AUTUMN}T02:00:00+02:00`,
      end: `${AUTUMN}T02:00:00+01:00`,
      price: { amount: 1200 },
    });
    expect(winter.body.data!.createBooking.start).toBe(`${AUTUMN}T02:00:00+01:00`);
  });

  it('prices a booking over the repeated hour by the time really played', async () => {
    // 01:00 to 03:00 local on the night clocks go back is three real hours.
    const response = await f.book(f.member, {
      courtId,
      start: `${AUTUMN}T00:00:00+02:00`,
      end: `${AUTUMN}T02:00:00+02:00`,
    });
    expect(response.body.data!.createBooking.price.amount).toBe(2400);
    const long = await f.book(f.member, {
      courtId,
      start: `${AUTUMN}T03:00:00+01:00`,
      end: `${AUTUMN}T06:00:00+01:00`,
    });
    expect(long.body.data!.createBooking.price.amount).toBe(3600);
  });
});
