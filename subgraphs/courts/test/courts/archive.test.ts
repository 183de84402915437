import { randomUUID } from 'node:crypto';

import { BookingFixture, everyDay, utcDateInDays } from '../helpers/bookingFixture.js';
import { onlyError } from '../helpers/graphqlRequest.js';

const RULES = `bookingRules { slotIntervalMinutes minDurationMinutes maxDurationMinutes
  minNoticeMinutes maxAdvanceDays cancellationCutoffMinutes maxActiveBookingsPerUser }`;
const COURT_FIELDS = `id name archivedAt format lights playerCapacity amenities description
  photoUrls ${RULES}`;
const ARCHIVE = `mutation ($id: ID!) { archiveCourt(id: $id) { id archivedAt } }`;
const UNARCHIVE = `mutation ($id: ID!) { unarchiveCourt(id: $id) { id archivedAt } }`;
const DELETE = `mutation ($id: ID!) { deleteCourt(id: $id) }`;
const COURT = `query ($id: ID!) { court(id: $id) { ${COURT_FIELDS} } }`;
const COURTS = `query ($filter: CourtFilter) { courts(first: 100, filter: $filter) {
  totalCount edges { node { id } } } }`;
const CREATE = `mutation ($input: CreateCourtInput!) { createCourt(input: $input) {
  ${COURT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCourtInput!) { updateCourt(id: $id, input: $input) {
  ${COURT_FIELDS} } }`;
const BOOKING = `query ($id: ID!) { booking(id: $id) { id status court { id } } }`;

interface CourtBody {
  id: string;
  name: string;
  archivedAt: string | null;
  format: string | null;
  lights: boolean;
  playerCapacity: number | null;
  amenities: string[];
  description: string | null;
  photoUrls: string[];
  bookingRules: Record<string, number | null>;
}

describe('archiving and court details', () => {
  let f: BookingFixture;
  let venueId: string;
  const date = utcDateInDays(3);
  const at = (time: string) => `${date}T${time}`;

  const read = async (id: string) =>
    (await f.as<{ court: CourtBody | null }>(null, COURT, { id })).body.data!.court;
  const listed = async (filter: Record<string, unknown> = {}) => {
    const response = await f.as<{
      courts: { totalCount: number; edges: { node: { id: string } }[] };
    }>(null, COURTS, { filter: { venueId, ...filter } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.courts.edges.map(({ node }) => node.id);
  };
  const create = (input: Record<string, unknown>) =>
    f.as<{ createCourt: CourtBody }>(f.staff, CREATE, {
      input: {
        name: `Court ${randomUUID()}`,
        sport: 'PADEL',
        indoor: true,
        hourlyRate: { amount: 1800, currency: 'EUR' },
        venueId,
        ...input,
      },
    });
  const update = (id: string, input: Record<string, unknown>) =>
    f.as<{ updateCourt: CourtBody }>(f.staff, UPDATE, { id, input });

  beforeAll(async () => {
    f = await BookingFixture.start();
  });
  beforeEach(async () => {
    await f.db.reset();
    venueId = (
      await f.venue({ timeZone: 'Asia/Kolkata', openingHours: everyDay('08:00', '22:00') })
    ).id;
  });
  afterAll(() => f.stop());

  describe('archiveCourt and unarchiveCourt', () => {
    it('hides an archived court from courts unless includeArchived, and brings it back', async () => {
      const kept = await f.court(venueId, { name: 'Kept' });
      const old = await f.court(venueId, { name: 'Old' });

      const archived = await f.as<{ archiveCourt: { archivedAt: string } }>(f.staff, ARCHIVE, {
        id: old.id,
      });
      expect(archived.body.errors).toBeUndefined();
      const archivedAt = archived.body.data!.archiveCourt.archivedAt;
      expect(archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

      expect(await listed()).toEqual([kept.id]);
      expect(await listed({ includeArchived: true })).toEqual([kept.id, old.id]);
      // Its page and history stay reachable by id.
      expect(await read(old.id)).toMatchObject({ id: old.id, archivedAt });

      // Archiving again keeps the first date: it records when the court left booking.
      const again = await f.as<{ archiveCourt: { archivedAt: string } }>(f.staff, ARCHIVE, {
        id: old.id,
      });
      expect(again.body.data!.archiveCourt.archivedAt).toBe(archivedAt);

      const back = await f.as<{ unarchiveCourt: { archivedAt: string | null } }>(
        f.staff,
        UNARCHIVE,
        { id: old.id },
      );
      expect(back.body.data!.unarchiveCourt.archivedAt).toBeNull();
      expect(await listed()).toEqual([kept.id, old.id]);
    });

    it('refuses new bookings on an archived court with CONFLICT; unarchived it takes them', async () => {
      const court = await f.court(venueId);
      await f.as(f.staff, ARCHIVE, { id: court.id });
      const input = { courtId: court.id, start: at('09:00'), end: at('10:00') };
      const refused = onlyError(await f.book(f.member, input));
      expect(refused.extensions).toMatchObject({ code: 'CONFLICT' });
      expect(refused.message).toMatch(/archived/);
      // Not even staff overriding the rules can book it.
      const override = onlyError(
        await f.book(f.staff, { ...input, overrideRules: true, overrideReason: 'Tournament' }),
      );
      expect(override.extensions).toMatchObject({ code: 'CONFLICT' });

      await f.as(f.staff, UNARCHIVE, { id: court.id });
      expect((await f.book(f.member, input)).body.errors).toBeUndefined();
    });

    it('keeps the bookings of a court archived after they were made', async () => {
      const court = await f.court(venueId);
      const booked = await f.book(f.member, {
        courtId: court.id,
        start: at('09:00'),
        end: at('10:00'),
      });
      const id = booked.body.data!.createBooking.id;
      await f.as(f.staff, ARCHIVE, { id: court.id });
      const booking = await f.as<{ booking: { status: string } }>(f.member, BOOKING, { id });
      expect(booking.body.data!.booking).toMatchObject({ status: 'CONFIRMED' });
    });

    it('needs courts:update, and answers NOT_FOUND for an unknown court', async () => {
      const court = await f.court(venueId);
      for (const query of [ARCHIVE, UNARCHIVE]) {
        const member = onlyError(await f.as(f.member, query, { id: court.id }));
        expect(member.extensions).toMatchObject({
          code: 'FORBIDDEN',
          permission: 'courts:update',
        });
        const anonymous = onlyError(await f.as(null, query, { id: court.id }));
        expect(anonymous.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
        const unknown = onlyError(await f.as(f.staff, query, { id: randomUUID() }));
        expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND' });
      }
      expect(await read(court.id)).toMatchObject({ archivedAt: null });
    });
  });

  describe('deleteCourt', () => {
    it('refuses a court with bookings, telling to archive it, and keeps court and bookings', async () => {
      const court = await f.court(venueId);
      const booked = await f.book(f.member, {
        courtId: court.id,
        start: at('09:00'),
        end: at('10:00'),
      });
      const id = booked.body.data!.createBooking.id;
      // A cancelled booking is history too.
      expect((await f.cancel(f.member, id)).body.errors).toBeUndefined();

      const error = onlyError(await f.as(f.staff, DELETE, { id: court.id }));
      expect(error.extensions).toMatchObject({ code: 'CONFLICT' });
      expect(error.message).toMatch(/archive it instead \(archiveCourt\)/);
      expect(await read(court.id)).toMatchObject({ id: court.id });
      const booking = await f.as<{ booking: { status: string; court: { id: string } } }>(
        f.member,
        BOOKING,
        { id },
      );
      expect(booking.body.data!.booking).toMatchObject({
        status: 'CANCELLED',
        court: { id: court.id },
      });
    });

    it('refuses a court that only ever had a maintenance block', async () => {
      const court = await f.court(venueId);
      const block = await f.as(
        f.staff,
        `mutation ($input: MaintenanceBlockInput!) { createMaintenanceBlock(input: $input) { id } }`,
        {
          input: {
            courtIds: [court.id],
            start: at('09:00'),
            end: at('10:00'),
            reason: 'Lines repainted',
            conflictPolicy: 'REJECT',
          },
        },
      );
      expect(block.body.errors).toBeUndefined();
      const error = onlyError(await f.as(f.staff, DELETE, { id: court.id }));
      expect(error.extensions).toMatchObject({ code: 'CONFLICT' });
      expect(await read(court.id)).not.toBeNull();
    });

    it('deletes a court that was never booked, once', async () => {
      const court = await f.court(venueId);
      const deleted = await f.as<{ deleteCourt: boolean }>(f.staff, DELETE, { id: court.id });
      expect(deleted.body).toEqual({ data: { deleteCourt: true } });
      expect(await read(court.id)).toBeNull();
      const again = onlyError(await f.as(f.staff, DELETE, { id: court.id }));
      expect(again.extensions).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('court details', () => {
    it('stores format, lights, capacity, amenities, a multi-line description and photos', async () => {
      const response = await create({
        format: 'DOUBLES',
        lights: true,
        playerCapacity: 4,
        amenities: [' Showers ', 'Ball machine', 'Showers'],
        description: '  Glass walls.\r\nBooked by the hour.\n\nNo street shoes.  ',
        photoUrls: ['https://cdn.example.org/courts/1.jpg', 'HTTPS://CDN.example.org/2.jpg'],
      });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.createCourt).toMatchObject({
        format: 'DOUBLES',
        lights: true,
        playerCapacity: 4,
        // Trimmed, and a repeated amenity listed once, in the order staff gave.
        amenities: ['Showers', 'Ball machine'],
        description: 'Glass walls.\nBooked by the hour.\n\nNo street shoes.',
        photoUrls: ['https://cdn.example.org/courts/1.jpg', 'https://cdn.example.org/2.jpg'],
      });
    });

    it('gives a court made with only the required fields the documented defaults', async () => {
      const response = await create({});
      expect(response.body.data!.createCourt).toMatchObject({
        format: null,
        lights: false,
        playerCapacity: null,
        amenities: [],
        description: null,
        photoUrls: [],
        bookingRules: {
          slotIntervalMinutes: 30,
          minDurationMinutes: 60,
          maxDurationMinutes: 120,
          minNoticeMinutes: 0,
          maxAdvanceDays: 14,
          cancellationCutoffMinutes: 1440,
          maxActiveBookingsPerUser: null,
        },
      });
    });

    it.each([
      ['an http photo', { photoUrls: ['http://cdn.example.org/1.jpg'] }, 'photoUrls'],
      ['a javascript: photo', { photoUrls: ['javascript:alert(1)'] }, 'photoUrls'],
      ['a photo with credentials', { photoUrls: ['https://u:p@example.org/1.jpg'] }, 'photoUrls'],
      ['a photo that is no address', { photoUrls: ['not a url'] }, 'photoUrls'],
      ['a NUL in the description', { description: 'a\u0000b' }, 'description'],
      ['a tab in the description', { description: 'a\tb' }, 'description'],
      ['a 2001-character description', { description: 'x'.repeat(2001) }, 'description'],
      ['an empty amenity', { amenities: ['  '] }, 'amenities'],
      ['a line break in an amenity', { amenities: ['Hot\nwater'] }, 'amenities'],
      ['a capacity of 0', { playerCapacity: 0 }, 'playerCapacity'],
    ])('refuses %s, naming the field, and creates nothing', async (_, input, field) => {
      const error = onlyError(await create(input));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await listed({ includeArchived: true })).toEqual([]);
    });
  });

  describe('booking rules', () => {
    it.each([
      [
        'a minimum off the slot grid',
        { slotIntervalMinutes: 30, minDurationMinutes: 45 },
        'bookingRules.minDurationMinutes',
      ],
      [
        'a maximum off the slot grid',
        { slotIntervalMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 90 },
        'bookingRules.maxDurationMinutes',
      ],
      [
        'a minimum above the maximum',
        { minDurationMinutes: 120, maxDurationMinutes: 60 },
        'bookingRules.minDurationMinutes',
      ],
      ['a null slot interval', { slotIntervalMinutes: null }, 'bookingRules.slotIntervalMinutes'],
      ['a negative notice', { minNoticeMinutes: -1 }, 'bookingRules.minNoticeMinutes'],
      ['a horizon past two years', { maxAdvanceDays: 731 }, 'bookingRules.maxAdvanceDays'],
      [
        'a limit of 0 bookings',
        { maxActiveBookingsPerUser: 0 },
        'bookingRules.maxActiveBookingsPerUser',
      ],
    ])('refuses %s on create, naming the rule', async (_, bookingRules, field) => {
      const error = onlyError(await create({ bookingRules }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await listed({ includeArchived: true })).toEqual([]);
    });

    it('checks an update against the rules the court already has', async () => {
      const court = (await create({})).body.data!.createCourt;
      // A 45-minute grid does not hold the court's 60 to 120 minutes.
      const error = onlyError(
        await update(court.id, { bookingRules: { slotIntervalMinutes: 45 } }),
      );
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'bookingRules.minDurationMinutes',
      });
      expect((await read(court.id))!.bookingRules).toMatchObject({ slotIntervalMinutes: 30 });

      const changed = await update(court.id, {
        bookingRules: { slotIntervalMinutes: 60, maxAdvanceDays: 30 },
      });
      expect(changed.body.errors).toBeUndefined();
      expect(changed.body.data!.updateCourt.bookingRules).toMatchObject({
        slotIntervalMinutes: 60,
        minDurationMinutes: 60,
        maxDurationMinutes: 120,
        maxAdvanceDays: 30,
      });
    });

    it('clears the cancellation cutoff with null and keeps 0 as "until the start"', async () => {
      const court = (await create({})).body.data!.createCourt;
      const cleared = await update(court.id, { bookingRules: { cancellationCutoffMinutes: null } });
      expect(cleared.body.data!.updateCourt.bookingRules.cancellationCutoffMinutes).toBeNull();
      // Leaving the rule out keeps it cleared.
      await update(court.id, { bookingRules: { minNoticeMinutes: 15 } });
      expect((await read(court.id))!.bookingRules).toMatchObject({
        cancellationCutoffMinutes: null,
        minNoticeMinutes: 15,
      });
      const zero = await update(court.id, { bookingRules: { cancellationCutoffMinutes: 0 } });
      expect(zero.body.data!.updateCourt.bookingRules.cancellationCutoffMinutes).toBe(0);
    });
  });
});
