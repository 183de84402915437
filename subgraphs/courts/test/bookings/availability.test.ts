import { randomUUID } from 'node:crypto';

import {
  BookingFixture,
  everyDay,
  nextLastSunday,
  utcDateInDays,
} from '../helpers/bookingFixture.js';
import { onlyError } from '../helpers/graphqlRequest.js';

const AVAILABILITY = `query ($venueId: ID!, $date: Date!, $sport: Sport, $duration: Int) {
  availability(venueId: $venueId, date: $date, sport: $sport, duration: $duration) {
    court { id name } slots { start end price { amount currency } } } }`;

interface SlotBody {
  start: string;
  end: string;
  price: { amount: number; currency: string };
}

interface CourtAvailabilityBody {
  court: { id: string; name: string };
  slots: SlotBody[];
}

/** India keeps +05:30 all year: offsets are visible and no DST night can move the slots. */
const KOLKATA = 'Asia/Kolkata';

describe('availability', () => {
  let f: BookingFixture;

  const availability = async (variables: Record<string, unknown>) => {
    const response = await f.as<{ availability: CourtAvailabilityBody[] }>(
      null,
      AVAILABILITY,
      variables,
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.availability;
  };
  const startsOf = async (variables: Record<string, unknown>, courtId: string) =>
    (await availability(variables))
      .find((entry) => entry.court.id === courtId)!
      .slots.map((slot) => slot.start.slice(11, 16));

  beforeAll(async () => {
    f = await BookingFixture.start();
  });
  beforeEach(() => f.db.reset());
  afterAll(() => f.stop());

  describe('slots of a local day', () => {
    it('lists each active court by name with its free slots in the venue offset, priced', async () => {
      const venue = await f.venue({ timeZone: KOLKATA, openingHours: everyDay('08:00', '12:00') });
      const padel = await f.court(venue.id, { name: 'Padel 1', sport: 'PADEL' });
      const tennis = await f.court(venue.id, { name: 'Tennis 1', sport: 'TENNIS' });
      const date = utcDateInDays(3);

      const result = await availability({ venueId: venue.id, date });
      expect(result.map((entry) => entry.court.id)).toEqual([padel.id, tennis.id]);
      // Default rules: 30-minute grid from opening, shortest booking 60 minutes.
      const expected = ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00'].map(
        (time) => {
          const [h, m] = time.split(':').map(Number) as [number, number];
          const end = `${String(h + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          return {
            start: `${date}T${time}:00+05:30`,
            end: `${date}T${end}:00+05:30`,
            price: { amount: 2000, currency: 'EUR' },
          };
        },
      );
      for (const entry of result) expect(entry.slots).toEqual(expected);
    });

    it('keeps to one sport when asked', async () => {
      const venue = await f.venue({ timeZone: KOLKATA, openingHours: everyDay('08:00', '12:00') });
      const padel = await f.court(venue.id, { name: 'Padel 1', sport: 'PADEL' });
      await f.court(venue.id, { name: 'Tennis 1', sport: 'TENNIS' });
      const result = await availability({
        venueId: venue.id,
        date: utcDateInDays(3),
        sport: 'PADEL',
      });
      expect(result.map((entry) => entry.court.id)).toEqual([padel.id]);
      expect(
        await availability({ venueId: venue.id, date: utcDateInDays(3), sport: 'SQUASH' }),
      ).toEqual([]);
    });

    it('prices a longer duration at rate × duration and lists only slots that fit', async () => {
      const venue = await f.venue({ timeZone: KOLKATA, openingHours: everyDay('08:00', '12:00') });
      const court = await f.court(venue.id, { hourlyRate: { amount: 1999, currency: 'USD' } });
      const result = await availability({
        venueId: venue.id,
        date: utcDateInDays(3),
        duration: 90,
      });
      const slots = result[0]!.slots;
      expect(slots.map((slot) => slot.start.slice(11, 16))).toEqual([
        '08:00',
        '08:30',
        '09:00',
        '09:30',
        '10:00',
        '10:30',
      ]);
      expect(slots.at(-1)!.end.slice(11)).toBe('12:00:00+05:30');
      // 1999 cents an hour for an hour and a half, rounded to the cent.
      for (const slot of slots) expect(slot.price).toEqual({ amount: 2999, currency: 'USD' });
      expect(result[0]!.court.id).toBe(court.id);
    });

    it('gives no slots to a court whose rules forbid the duration asked for', async () => {
      const venue = await f.venue({ timeZone: KOLKATA, openingHours: everyDay('08:00', '12:00') });
      const standard = await f.court(venue.id, { name: 'A standard' });
      const long = await f.court(venue.id, {
        name: 'B long',
        bookingRules: { slotIntervalMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 180 },
      });
      const date = utcDateInDays(3);
      const result = await availability({ venueId: venue.id, date, duration: 180 });
      expect(result.map((entry) => [entry.court.id, entry.slots.length])).toEqual([
        [standard.id, 0],
        [long.id, 2],
      ]);
      // 45 minutes is off both grids, 30 minutes shorter than both minimums.
      for (const duration of [45, 30]) {
        const off = await availability({ venueId: venue.id, date, duration });
        expect(off.map((entry) => entry.slots)).toEqual([[], []]);
      }
    });

    it.each([0, -30, 1441])(
      'refuses duration %d with BAD_USER_INPUT naming it',
      async (duration) => {
        const venue = await f.venue({
          timeZone: KOLKATA,
          openingHours: everyDay('08:00', '12:00'),
        });
        const response = await f.as(null, AVAILABILITY, {
          venueId: venue.id,
          date: utcDateInDays(3),
          duration,
        });
        expect(onlyError(response).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'duration',
        });
      },
    );

    it('refuses a date not in the calendar and answers NOT_FOUND for an unknown venue', async () => {
      const venue = await f.venue({ timeZone: KOLKATA, openingHours: everyDay('08:00', '12:00') });
      const date = onlyError(
        await f.as(null, AVAILABILITY, { venueId: venue.id, date: '2027-02-29' }),
      );
      expect(date.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
      const unknown = onlyError(
        await f.as(null, AVAILABILITY, { venueId: randomUUID(), date: utcDateInDays(3) }),
      );
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'venueId' });
    });
  });

  describe('taken time', () => {
    it('leaves out booked and blocked time, half-open, and frees cancelled bookings', async () => {
      const venue = await f.venue({ timeZone: KOLKATA, openingHours: everyDay('08:00', '12:00') });
      const court = await f.court(venue.id, { name: 'A' });
      const neighbour = await f.court(venue.id, { name: 'B' });
      const date = utcDateInDays(3);
      const query = { venueId: venue.id, date };

      const booked = await f.book(f.member, {
        courtId: court.id,
        start: `${date}T09:00`,
        end: `${date}T10:00`,
      });
      expect(booked.body.errors).toBeUndefined();
      const block = await f.as(
        f.staff,
        `mutation ($input: MaintenanceBlockInput!) { createMaintenanceBlock(input: $input) { id } }`,
        {
          input: {
            courtIds: [court.id],
            start: `${date}T11:00`,
            end: `${date}T12:00`,
            reason: 'Net repair',
            conflictPolicy: 'REJECT',
          },
        },
      );
      expect(block.body.errors).toBeUndefined();

      // 08:00-09:00 ends where the booking starts and 10:00-11:00 starts where it ends: half-open
      // intervals touch without overlapping, so both stay; 10:30 would run into the block.
      expect(await startsOf(query, court.id)).toEqual(['08:00', '10:00']);
      expect(await startsOf(query, neighbour.id)).toHaveLength(7);

      const cancelled = await f.cancel(f.member, booked.body.data!.createBooking.id);
      expect(cancelled.body.errors).toBeUndefined();
      expect(await startsOf(query, court.id)).toEqual([
        '08:00',
        '08:30',
        '09:00',
        '09:30',
        '10:00',
      ]);
    });
  });

  describe('booking window', () => {
    it('offers nothing that starts before now plus the minimum notice', async () => {
      const venue = await f.venue({ timeZone: 'UTC', openingHours: everyDay('00:00', '24:00') });
      const notice = 180;
      const court = await f.court(venue.id, { bookingRules: { minNoticeMinutes: notice } });
      const before = Date.now();
      const starts: number[] = [];
      for (const date of [utcDateInDays(0), utcDateInDays(1)]) {
        const [entry] = await availability({ venueId: venue.id, date });
        starts.push(...entry!.slots.map((slot) => Date.parse(slot.start)));
      }
      const after = Date.now();

      expect(Math.min(...starts)).toBeGreaterThanOrEqual(before + notice * 60_000);
      // The first slot is the first grid point past the notice (the grid runs every 30 minutes,
      // with a gap at midnight where a 60-minute slot would leave the day).
      expect(Math.min(...starts)).toBeLessThan(after + (notice + 60) * 60_000);
      expect(court.id).toBeDefined();
    });

    it('offers nothing past the horizon: up to the end of the local day maxAdvanceDays ahead', async () => {
      const venue = await f.venue({ timeZone: 'UTC', openingHours: everyDay('08:00', '12:00') });
      await f.court(venue.id, { bookingRules: { maxAdvanceDays: 2 } });
      const slotsOn = async (days: number) =>
        (await availability({ venueId: venue.id, date: utcDateInDays(days) }))[0]!.slots.length;
      expect(await slotsOn(1)).toBe(7);
      expect(await slotsOn(2)).toBe(7);
      expect(await slotsOn(3)).toBe(0);
    });
  });

  describe('hours and courts that change availability', () => {
    it('follows hours exceptions: a closed holiday has no slots, special hours their own', async () => {
      const venue = await f.venue({ timeZone: KOLKATA, openingHours: everyDay('08:00', '12:00') });
      const court = await f.court(venue.id);
      const holiday = utcDateInDays(3);
      const special = utcDateInDays(4);
      const setException = (input: Record<string, unknown>) =>
        f.as(
          f.staff,
          `mutation ($venueId: ID!, $input: HoursExceptionInput!) {
            setHoursException(venueId: $venueId, input: $input) { id } }`,
          { venueId: venue.id, input },
        );
      expect((await setException({ date: holiday, closed: true })).body.errors).toBeUndefined();
      expect(
        (
          await setException({
            date: special,
            closed: false,
            intervals: [{ opens: '15:00', closes: '16:30' }],
          })
        ).body.errors,
      ).toBeUndefined();

      const closed = await availability({ venueId: venue.id, date: holiday });
      expect(closed).toEqual([{ court: expect.objectContaining({ id: court.id }), slots: [] }]);
      expect(await startsOf({ venueId: venue.id, date: special }, court.id)).toEqual([
        '15:00',
        '15:30',
      ]);
    });

    it('leaves out archived courts and courts not ACTIVE', async () => {
      const venue = await f.venue({ timeZone: KOLKATA, openingHours: everyDay('08:00', '12:00') });
      const active = await f.court(venue.id, { name: 'Active' });
      await f.court(venue.id, { name: 'Closed', status: 'CLOSED' });
      await f.court(venue.id, { name: 'In maintenance', status: 'MAINTENANCE' });
      const archived = await f.court(venue.id, { name: 'Archived' });
      const archive = await f.as(f.staff, 'mutation ($id: ID!) { archiveCourt(id: $id) { id } }', {
        id: archived.id,
      });
      expect(archive.body.errors).toBeUndefined();
      const result = await availability({ venueId: venue.id, date: utcDateInDays(3) });
      expect(result.map((entry) => entry.court.id)).toEqual([active.id]);
    });
  });

  describe('daylight saving time in Europe/Madrid', () => {
    const allDay = async () => {
      const venue = await f.venue({
        timeZone: 'Europe/Madrid',
        openingHours: everyDay('00:00', '24:00'),
      });
      const court = await f.court(venue.id, {
        bookingRules: {
          slotIntervalMinutes: 60,
          minDurationMinutes: 60,
          maxDurationMinutes: 60,
          maxAdvanceDays: 730,
        },
      });
      return { venue, court };
    };

    it('lists both 02:00 of the night the clocks go back as distinct slots', async () => {
      const { venue } = await allDay();
      const date = nextLastSunday(10);
      const [entry] = await availability({ venueId: venue.id, date });
      const starts = entry!.slots.map((slot) => slot.start.slice(11));
      expect(starts).toHaveLength(25);
      expect(starts.slice(0, 5)).toEqual([
        '00:00:00+02:00',
        '01:00:00+02:00',
        '02:00:00+02:00',
        '02:00:00+01:00',
        '03:00:00+01:00',
      ]);
      expect(starts.at(-1)).toBe('23:00:00+01:00');
      // Two slots, one real hour apart, each an hour long and priced as one.
      const [first, second] = entry!.slots.slice(2, 4) as [SlotBody, SlotBody];
      expect(Date.parse(second.start) - Date.parse(first.start)).toBe(3_600_000);
      expect(first.end).toBe(`${date}T02:00:00+01:00`);
      expect(first.price).toEqual(second.price);
      expect(first.price.amount).toBe(2000);
    });

    it('lists no 02:xx slot on the night the clocks jump forward', async () => {
      const { venue } = await allDay();
      const date = nextLastSunday(3);
      const [entry] = await availability({ venueId: venue.id, date });
      const starts = entry!.slots.map((slot) => slot.start.slice(11));
      expect(starts).toHaveLength(23);
      expect(starts.filter((start) => start.startsWith('02:'))).toEqual([]);
      expect(starts.slice(0, 3)).toEqual(['00:00:00+01:00', '01:00:00+01:00', '03:00:00+02:00']);
      // The slot before the jump ends at the jump, which the clocks show as 03:00.
      expect(entry!.slots[1]!.end).toBe(`${date}T03:00:00+02:00`);
    });
  });
});
