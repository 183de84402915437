import { randomUUID } from 'node:crypto';

import { BookingFixture, everyDay, utcDateInDays } from '../helpers/bookingFixture.js';

const USER_BOOKINGS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on User { id bookings { totalCount edges { node { id user { id } } } } } } }`;
const BOOKING_REFS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Booking { id status start court { id } user { id } } } }`;

interface UserEntity {
  __typename: 'User';
  id: string;
  bookings: { totalCount: number; edges: { node: { id: string; user: { id: string } } }[] };
}

describe('booking entities through federation', () => {
  let f: BookingFixture;
  let memberBooking: string;
  let otherBooking: string;

  const userEntities = (as: string | null, ids: string[]) =>
    f.as<{ _entities: (UserEntity | null)[] }>(as, USER_BOOKINGS, {
      representations: ids.map((id) => ({ __typename: 'User', id })),
    });
  const bookingEntities = (as: string | null, ids: string[]) =>
    f.as<{ _entities: ({ id: string; user: { id: string } } | null)[] }>(as, BOOKING_REFS, {
      representations: ids.map((id) => ({ __typename: 'Booking', id })),
    });

  beforeAll(async () => {
    f = await BookingFixture.start();
    await f.db.reset();
    const venue = await f.venue({
      timeZone: 'Asia/Kolkata',
      openingHours: everyDay('08:00', '22:00'),
    });
    const court = await f.court(venue.id);
    const date = utcDateInDays(3);
    const book = async (userId: string, start: string, end: string) => {
      const response = await f.book(userId, {
        courtId: court.id,
        start: `${date}T${start}`,
        end: `${date}T${end}`,
      });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.createBooking.id;
    };
    memberBooking = await book(f.member, '09:00', '10:00');
    otherBooking = await book(f.otherMember, '10:00', '11:00');
  });
  afterAll(() => f.stop());

  describe('User.bookings', () => {
    it("resolves a user's own bookings, whatever the case of the id sent", async () => {
      const response = await userEntities(f.member, [f.member.toUpperCase()]);
      expect(response.body.errors).toBeUndefined();
      const [user] = response.body.data!._entities;
      expect(user).toEqual({
        __typename: 'User',
        id: f.member,
        bookings: {
          totalCount: 1,
          edges: [{ node: { id: memberBooking, user: { id: f.member } } }],
        },
      });
    });

    it("refuses another member's bookings with FORBIDDEN and shows none of them", async () => {
      const response = await userEntities(f.member, [f.otherMember]);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0]!.extensions).toMatchObject({
        code: 'FORBIDDEN',
        permission: 'bookings:manage',
      });
      expect(response.body.errors![0]!.path).toEqual(['_entities', 0, 'bookings']);
      expect(response.body.data!._entities).toEqual([null]);
      expect(JSON.stringify(response.body)).not.toContain(otherBooking);
    });

    it('refuses anonymous callers with UNAUTHENTICATED', async () => {
      const response = await userEntities(null, [f.member]);
      expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(JSON.stringify(response.body)).not.toContain(memberBooking);
    });

    it('lets staff with bookings:manage read any user, and answers null for a bad id', async () => {
      const response = await userEntities(f.staff, [f.member, f.otherMember, 'not-a-uuid']);
      expect(response.body.errors).toBeUndefined();
      const [member, other, bad] = response.body.data!._entities;
      expect(member!.bookings.edges.map(({ node }) => node.id)).toEqual([memberBooking]);
      expect(other!.bookings.edges.map(({ node }) => node.id)).toEqual([otherBooking]);
      expect(bad).toBeNull();
      // A user with no bookings here has an empty list, not an error.
      const stranger = await userEntities(f.staff, [randomUUID()]);
      expect(stranger.body.data!._entities[0]!.bookings).toEqual({ totalCount: 0, edges: [] });
    });
  });

  describe('Booking references', () => {
    it('resolve for the owner only among members', async () => {
      const own = await bookingEntities(f.member, [memberBooking, otherBooking]);
      expect(own.body.errors).toBeUndefined();
      expect(own.body.data!._entities).toEqual([
        expect.objectContaining({ id: memberBooking, user: { id: f.member } }),
        null,
      ]);
    });

    it('resolve for staff, and never for anonymous callers or unknown ids', async () => {
      const staff = await bookingEntities(f.staff, [memberBooking, otherBooking, randomUUID()]);
      expect(staff.body.errors).toBeUndefined();
      expect(staff.body.data!._entities.map((entity) => entity?.id ?? null)).toEqual([
        memberBooking,
        otherBooking,
        null,
      ]);
      const anonymous = await bookingEntities(null, [memberBooking, 'not-a-uuid']);
      expect(anonymous.body.data!._entities).toEqual([null, null]);
    });
  });
});
