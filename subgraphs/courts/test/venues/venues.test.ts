import { randomUUID } from 'node:crypto';

import { BookingFixture, everyDay } from '../helpers/bookingFixture.js';
import { onlyError } from '../helpers/graphqlRequest.js';

const VENUE_FIELDS = `id name address timeZone isDefault
  openingHours { weekday opens closes } createdAt updatedAt`;
const CREATE = `mutation ($input: CreateVenueInput!) {
  createVenue(input: $input) { ${VENUE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateVenueInput!) {
  updateVenue(id: $id, input: $input) { ${VENUE_FIELDS} } }`;
const VENUE = `query ($id: ID!) { venue(id: $id) { ${VENUE_FIELDS} } }`;
const VENUES = `{ venues { id name timeZone isDefault } }`;
const SET_EXCEPTION = `mutation ($venueId: ID!, $input: HoursExceptionInput!) {
  setHoursException(venueId: $venueId, input: $input) { id } }`;
const REMOVE_EXCEPTION = `mutation ($venueId: ID!, $date: Date!) {
  removeHoursException(venueId: $venueId, date: $date) { id } }`;
const EXCEPTIONS = `query ($id: ID!, $from: Date, $to: Date) { venue(id: $id) {
  hoursExceptions(from: $from, to: $to) { date closed intervals { opens closes } reason } } }`;
const VENUE_COURTS = `query ($id: ID!, $all: Boolean) { venue(id: $id) {
  courts(includeArchived: $all) { id name } } }`;

interface VenueBody {
  id: string;
  name: string;
  address: string | null;
  timeZone: string;
  isDefault: boolean;
  openingHours: { weekday: string; opens: string; closes: string }[];
}

interface ExceptionBody {
  date: string;
  closed: boolean;
  intervals: { opens: string; closes: string }[];
  reason: string | null;
}

describe('venues', () => {
  let f: BookingFixture;

  const create = (input: Record<string, unknown>, as: string | null = f.staff) =>
    f.as<{ createVenue: VenueBody }>(as, CREATE, {
      input: { name: `Venue ${randomUUID()}`, timeZone: 'Europe/Madrid', ...input },
    });
  const update = (id: string, input: Record<string, unknown>, as: string | null = f.staff) =>
    f.as<{ updateVenue: VenueBody }>(as, UPDATE, { id, input });
  const read = async (id: string) =>
    (await f.as<{ venue: VenueBody | null }>(null, VENUE, { id })).body.data!.venue;
  const exceptions = async (id: string, from?: string, to?: string) =>
    (
      await f.as<{ venue: { hoursExceptions: ExceptionBody[] } }>(null, EXCEPTIONS, {
        id,
        from,
        to,
      })
    ).body.data!.venue.hoursExceptions;
  const venueCount = async () =>
    (await f.as<{ venues: VenueBody[] }>(null, VENUES)).body.data!.venues.length;

  beforeAll(async () => {
    f = await BookingFixture.start();
  });
  beforeEach(() => f.db.reset());
  afterAll(() => f.stop());

  describe('createVenue and its reads', () => {
    it('creates a venue with a canonical IANA zone and returns it from venue and venues', async () => {
      const response = await create({
        name: '  Club Norte  ',
        address: 'Calle Mayor 1\r\n28013 Madrid',
        timeZone: ' europe/MADRID ',
      });
      expect(response.body.errors).toBeUndefined();
      const venue = response.body.data!.createVenue;
      expect(venue).toMatchObject({
        name: 'Club Norte',
        // CRLF from a form becomes one line feed; other control characters stay refused.
        address: 'Calle Mayor 1\n28013 Madrid',
        timeZone: 'Europe/Madrid',
        isDefault: false,
        openingHours: [],
      });
      expect(await read(venue.id)).toMatchObject({ id: venue.id, timeZone: 'Europe/Madrid' });
      expect(await read(venue.id.toUpperCase())).toMatchObject({ id: venue.id });

      const list = (await f.as<{ venues: VenueBody[] }>(null, VENUES)).body.data!.venues;
      expect(list.map((v) => v.name)).toEqual(['Club Norte', 'Main venue']);
      expect(list.find((v) => v.name === 'Main venue')).toMatchObject({ isDefault: true });
    });

    it('answers null, never an error, for an unknown or malformed venue id', async () => {
      expect(await read(randomUUID())).toBeNull();
      expect(await read('not-a-uuid')).toBeNull();
    });

    it.each([
      ['an unknown zone', 'Mars/Olympus_Mons'],
      ['a fixed offset', '+01:00'],
      ['an offset written as UTC+1', 'UTC+1'],
      ['an abbreviation', 'CEST'],
      ['an empty name', ''],
    ])('refuses %s with BAD_USER_INPUT naming timeZone, creating nothing', async (_, zone) => {
      const before = await venueCount();
      const error = onlyError(await create({ timeZone: zone }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
      expect(error.message).toContain('IANA time zone');
      expect(await venueCount()).toBe(before);
    });

    it('refuses a second venue whose name differs only in case or Unicode form', async () => {
      // "Café" precomposed (U+00E9) and decomposed (e + U+0301) are one name once in NFC.
      const first = await create({ name: 'Cafe\u0301 Club' });
      expect(first.body.data!.createVenue.name).toBe('Caf\u00e9 Club');
      for (const name of ['CAF\u00c9 CLUB', 'caf\u00e9 club', 'Cafe\u0301 Club']) {
        const error = onlyError(await create({ name }));
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
        expect(error.message).toMatch(/already exists/);
      }
      expect(await venueCount()).toBe(2);
    });

    it.each([
      ['a NUL', 'Club\u0000Norte', 'name'],
      ['a tab', 'Club\tNorte', 'name'],
      ['a line break', 'Club\nNorte', 'name'],
      ['a direction override', 'Club \u202eetroN', 'name'],
    ])('refuses a name with %s, naming the field', async (_, name, field) => {
      const error = onlyError(await create({ name }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('refuses a NUL in the address, where line breaks are allowed', async () => {
      const error = onlyError(await create({ address: 'Calle 1\u0000' }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'address' });
    });
  });

  describe('opening hours', () => {
    it('stores weekly hours sorted, including hours that close after midnight', async () => {
      const response = await create({
        openingHours: [
          { weekday: 'SATURDAY', opens: '18:00', closes: '02:00' },
          { weekday: 'MONDAY', opens: '17:00', closes: '24:00' },
          { weekday: 'MONDAY', opens: '08:00', closes: '12:00' },
        ],
      });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.createVenue.openingHours).toEqual([
        { weekday: 'MONDAY', opens: '08:00', closes: '12:00' },
        { weekday: 'MONDAY', opens: '17:00', closes: '24:00' },
        { weekday: 'SATURDAY', opens: '18:00', closes: '02:00' },
      ]);
    });

    it.each([
      [
        'two rows of one day that overlap',
        [
          { weekday: 'MONDAY', opens: '08:00', closes: '12:00' },
          { weekday: 'MONDAY', opens: '11:00', closes: '14:00' },
        ],
        'openingHours[1]',
      ],
      [
        'a night that runs into the next morning',
        [
          { weekday: 'FRIDAY', opens: '20:00', closes: '03:00' },
          { weekday: 'SATURDAY', opens: '02:00', closes: '10:00' },
        ],
        'openingHours[1]',
      ],
      [
        'Sunday night running into Monday morning',
        [
          { weekday: 'MONDAY', opens: '01:00', closes: '09:00' },
          { weekday: 'WEDNESDAY', opens: '09:00', closes: '10:00' },
          { weekday: 'SUNDAY', opens: '22:00', closes: '02:00' },
        ],
        'openingHours[2]',
      ],
    ])('refuses %s, naming the row', async (_, openingHours, field) => {
      const error = onlyError(await create({ openingHours }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(/overlaps openingHours\[\d\]/);
      expect(await venueCount()).toBe(1);
    });

    it('refuses a time of day that does not exist before any resolver runs', async () => {
      const error = onlyError(
        await create({ openingHours: [{ weekday: 'MONDAY', opens: '08:00', closes: '24:30' }] }),
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await venueCount()).toBe(1);
    });

    it('updateVenue replaces the weekly hours and keeps the rest', async () => {
      const venue = (await create({ name: 'Sur', openingHours: everyDay('08:00', '22:00') })).body
        .data!.createVenue;
      const response = await update(venue.id, {
        openingHours: [{ weekday: 'TUESDAY', opens: '09:00', closes: '13:00' }],
      });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.updateVenue).toMatchObject({
        name: 'Sur',
        timeZone: 'Europe/Madrid',
        openingHours: [{ weekday: 'TUESDAY', opens: '09:00', closes: '13:00' }],
      });
    });
  });

  describe('updateVenue', () => {
    it('renames, rezones canonically and clears the address', async () => {
      const venue = (await create({ name: 'Este', address: 'Somewhere' })).body.data!.createVenue;
      const response = await update(venue.id, {
        name: 'Este Nuevo',
        timeZone: 'america/new_york',
        address: null,
      });
      expect(response.body.errors).toBeUndefined();
      expect(await read(venue.id)).toMatchObject({
        name: 'Este Nuevo',
        timeZone: 'America/New_York',
        address: null,
      });
    });

    it('refuses a bad zone or a null name without changing the venue', async () => {
      const venue = (await create({ name: 'Oeste' })).body.data!.createVenue;
      const zone = onlyError(await update(venue.id, { timeZone: 'Europe/Atlantis' }));
      expect(zone.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
      const name = onlyError(await update(venue.id, { name: null }));
      expect(name.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect(await read(venue.id)).toMatchObject({ name: 'Oeste', timeZone: 'Europe/Madrid' });
    });

    it('refuses to take the name of another venue', async () => {
      await create({ name: 'Taken' });
      const venue = (await create({ name: 'Free' })).body.data!.createVenue;
      const error = onlyError(await update(venue.id, { name: 'TAKEN' }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect(await read(venue.id)).toMatchObject({ name: 'Free' });
    });

    it('answers NOT_FOUND for an unknown venue', async () => {
      const error = onlyError(await update(randomUUID(), { name: 'Nobody' }));
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });
  });

  describe('hours exceptions', () => {
    it('upserts one exception per date and removes it again', async () => {
      const venue = (await create({ openingHours: everyDay('08:00', '22:00') })).body.data!
        .createVenue;
      const set = (input: Record<string, unknown>) =>
        f.as(f.staff, SET_EXCEPTION, { venueId: venue.id, input });

      expect(
        (await set({ date: '2027-01-01', closed: true, reason: "New Year's Day" })).body.errors,
      ).toBeUndefined();
      expect(await exceptions(venue.id)).toEqual([
        { date: '2027-01-01', closed: true, intervals: [], reason: "New Year's Day" },
      ]);

      // A second call for the date replaces the first rather than adding a row.
      const again = await set({
        date: '2027-01-01',
        closed: false,
        intervals: [{ opens: '10:00', closes: '14:00' }],
      });
      expect(again.body.errors).toBeUndefined();
      expect(await exceptions(venue.id)).toEqual([
        {
          date: '2027-01-01',
          closed: false,
          intervals: [{ opens: '10:00', closes: '14:00' }],
          reason: null,
        },
      ]);

      const removed = await f.as(f.staff, REMOVE_EXCEPTION, {
        venueId: venue.id,
        date: '2027-01-01',
      });
      expect(removed.body.errors).toBeUndefined();
      expect(await exceptions(venue.id)).toEqual([]);
    });

    it('accepts special hours closing after midnight', async () => {
      const venue = (await create({ openingHours: everyDay('08:00', '22:00') })).body.data!
        .createVenue;
      const response = await f.as(f.staff, SET_EXCEPTION, {
        venueId: venue.id,
        input: {
          date: '2027-12-31',
          closed: false,
          intervals: [{ opens: '20:00', closes: '03:00' }],
          reason: "New Year's Eve",
        },
      });
      expect(response.body.errors).toBeUndefined();
      expect(await exceptions(venue.id)).toEqual([
        {
          date: '2027-12-31',
          closed: false,
          intervals: [{ opens: '20:00', closes: '03:00' }],
          reason: "New Year's Eve",
        },
      ]);
    });

    it('refuses special hours that run into the next day or start while the night is open', async () => {
      const venue = (await create({ openingHours: everyDay('08:00', '22:00') })).body.data!
        .createVenue;
      // 20:00 to 09:00 would still be open when the next day opens at 08:00.
      const intoNextDay = await f.as(f.staff, SET_EXCEPTION, {
        venueId: venue.id,
        input: {
          date: '2027-05-12',
          closed: false,
          intervals: [{ opens: '20:00', closes: '09:00' }],
        },
      });
      expect(onlyError(intoNextDay).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.intervals',
      });

      // A Saturday opening at 01:00 while Friday's hours run to 02:00.
      const night = (
        await create({ openingHours: [{ weekday: 'FRIDAY', opens: '18:00', closes: '02:00' }] })
      ).body.data!.createVenue;
      const whileOpen = await f.as(f.staff, SET_EXCEPTION, {
        venueId: night.id,
        input: {
          date: '2027-05-08',
          closed: false,
          intervals: [{ opens: '01:00', closes: '05:00' }],
        },
      });
      expect(onlyError(whileOpen).extensions?.code).toBe('BAD_USER_INPUT');
      // Must never happen: a refused exception is stored anyway.
      expect(await exceptions(venue.id)).toEqual([]);
      expect(await exceptions(night.id)).toEqual([]);
    });

    it('lists exceptions between from and to, both inclusive, by date', async () => {
      const venue = (await create({})).body.data!.createVenue;
      for (const date of ['2027-05-03', '2027-05-01', '2027-05-10', '2027-04-30']) {
        const response = await f.as(f.staff, SET_EXCEPTION, {
          venueId: venue.id,
          input: { date, closed: true },
        });
        expect(response.body.errors).toBeUndefined();
      }
      const dates = async (from?: string, to?: string) =>
        (await exceptions(venue.id, from, to)).map((e) => e.date);
      expect(await dates()).toEqual(['2027-04-30', '2027-05-01', '2027-05-03', '2027-05-10']);
      expect(await dates('2027-05-01', '2027-05-03')).toEqual(['2027-05-01', '2027-05-03']);
      expect(await dates('2027-05-02')).toEqual(['2027-05-03', '2027-05-10']);
      expect(await dates(undefined, '2027-04-30')).toEqual(['2027-04-30']);

      const bad = onlyError(
        await f.as(null, EXCEPTIONS, { id: venue.id, from: '2027-02-30', to: null }),
      );
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    });

    it.each([
      [
        'a closed day with intervals',
        { date: '2027-01-01', closed: true, intervals: [{ opens: '10:00', closes: '12:00' }] },
        'input.intervals',
      ],
      ['an open day without intervals', { date: '2027-01-01', closed: false }, 'input.intervals'],
      ['a date not in the calendar', { date: '2027-02-30', closed: true }, 'input.date'],
      [
        'overlapping intervals',
        {
          date: '2027-01-01',
          closed: false,
          intervals: [
            { opens: '10:00', closes: '12:00' },
            { opens: '11:00', closes: '13:00' },
          ],
        },
        'input.intervals[1]',
      ],
      [
        'a reason with a NUL',
        { date: '2027-01-01', closed: true, reason: 'a\u0000b' },
        'input.reason',
      ],
    ])('refuses %s, naming the field, and stores nothing', async (_, input, field) => {
      const venue = (await create({})).body.data!.createVenue;
      const error = onlyError(await f.as(f.staff, SET_EXCEPTION, { venueId: venue.id, input }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await exceptions(venue.id)).toEqual([]);
    });

    it('answers NOT_FOUND for an exception of an unknown venue', async () => {
      const error = onlyError(
        await f.as(f.staff, SET_EXCEPTION, {
          venueId: randomUUID(),
          input: { date: '2027-01-01', closed: true },
        }),
      );
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'venueId' });
    });
  });

  describe('permissions', () => {
    const attempts = (venueId: string) =>
      [
        [CREATE, { input: { name: 'Sneaky', timeZone: 'UTC' } }],
        [UPDATE, { id: venueId, input: { name: 'Sneaky' } }],
        [SET_EXCEPTION, { venueId, input: { date: '2027-01-01', closed: true } }],
        [REMOVE_EXCEPTION, { venueId, date: '2027-01-01' }],
      ] as const;

    it('refuses every venue change to a member (FORBIDDEN) and to anonymous callers', async () => {
      const venue = (await create({ name: 'Guarded' })).body.data!.createVenue;
      await f.as(f.staff, SET_EXCEPTION, {
        venueId: venue.id,
        input: { date: '2027-01-01', closed: true },
      });
      for (const [query, variables] of attempts(venue.id)) {
        const member = onlyError(await f.as(f.member, query, variables));
        expect(member.extensions).toMatchObject({
          code: 'FORBIDDEN',
          permission: 'venues:manage',
        });
        const anonymous = onlyError(await f.as(null, query, variables));
        expect(anonymous.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      }
      // Nothing a refused caller sent may have changed anything.
      expect(await read(venue.id)).toMatchObject({ name: 'Guarded' });
      expect(await exceptions(venue.id)).toHaveLength(1);
      expect(await venueCount()).toBe(2);
    });
  });

  describe('courts of a venue', () => {
    it('puts a court created without venueId in the default venue', async () => {
      const created = await f.as<{ createCourt: { id: string; venue: { isDefault: boolean } } }>(
        f.staff,
        `mutation ($input: CreateCourtInput!) { createCourt(input: $input) {
          id venue { id isDefault } } }`,
        {
          input: {
            name: 'Legacy client court',
            sport: 'PADEL',
            indoor: true,
            hourlyRate: { amount: 1500, currency: 'EUR' },
          },
        },
      );
      expect(created.body.errors).toBeUndefined();
      const court = created.body.data!.createCourt;
      expect(court.venue).toMatchObject({ id: await f.db.defaultVenueId(), isDefault: true });

      const courts = await f.as<{ venue: { courts: { id: string }[] } }>(null, VENUE_COURTS, {
        id: await f.db.defaultVenueId(),
      });
      expect(courts.body.data!.venue.courts.map((c) => c.id)).toEqual([court.id]);
    });

    it('lists a venue’s courts by name, archived ones only with includeArchived', async () => {
      const venue = (await create({})).body.data!.createVenue;
      const other = (await create({})).body.data!.createVenue;
      const b = await f.court(venue.id, { name: 'B court' });
      const a = await f.court(venue.id, { name: 'A court' });
      const archived = await f.court(venue.id, { name: 'C court' });
      await f.court(other.id, { name: 'Elsewhere' });
      const archive = await f.as(f.staff, 'mutation ($id: ID!) { archiveCourt(id: $id) { id } }', {
        id: archived.id,
      });
      expect(archive.body.errors).toBeUndefined();

      const ids = async (all?: boolean) =>
        (
          await f.as<{ venue: { courts: { id: string }[] } }>(null, VENUE_COURTS, {
            id: venue.id,
            all,
          })
        ).body.data!.venue.courts.map((c) => c.id);
      expect(await ids()).toEqual([a.id, b.id]);
      expect(await ids(false)).toEqual([a.id, b.id]);
      expect(await ids(true)).toEqual([a.id, b.id, archived.id]);
    });

    it('refuses a court for an unknown venue with NOT_FOUND naming venueId', async () => {
      const response = await f.as(
        f.staff,
        'mutation ($input: CreateCourtInput!) { createCourt(input: $input) { id } }',
        {
          input: {
            name: 'Nowhere',
            sport: 'TENNIS',
            indoor: false,
            hourlyRate: { amount: 1, currency: 'EUR' },
            venueId: randomUUID(),
          },
        },
      );
      expect(onlyError(response).extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'venueId',
      });
    });
  });
});
