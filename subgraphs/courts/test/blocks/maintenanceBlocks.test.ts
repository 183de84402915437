import { randomUUID } from 'node:crypto';

import {
  BOOKING_FIELDS,
  BookingFixture,
  everyDay,
  utcDateInDays,
  type BookingBody,
} from '../helpers/bookingFixture.js';
import { onlyError } from '../helpers/graphqlRequest.js';

const BLOCK_FIELDS = `id courts { id } start end reason conflictPolicy
  affectedBookings { id status } createdBy { id }`;
const IMPACT = `query ($input: MaintenanceBlockInput!) { maintenanceBlockImpact(input: $input) {
  conflictingBookings { id } wouldSucceed summary } }`;
const CREATE = `mutation ($input: MaintenanceBlockInput!) {
  createMaintenanceBlock(input: $input) { ${BLOCK_FIELDS} } }`;
const REMOVE = `mutation ($id: ID!) { removeMaintenanceBlock(id: $id) { id } }`;
const LIST = `query ($venueId: ID!, $from: DateTime) {
  maintenanceBlocks(venueId: $venueId, from: $from) { id start } }`;
const BOOKINGS = `{ bookings(first: 100) { edges { node { ${BOOKING_FIELDS} } } } }`;

interface BlockBody {
  id: string;
  courts: { id: string }[];
  start: string;
  end: string;
  reason: string;
  conflictPolicy: string;
  affectedBookings: { id: string; status: string }[];
  createdBy: { id: string } | null;
}

interface ImpactBody {
  conflictingBookings: { id: string }[];
  wouldSucceed: boolean;
  summary: string;
}

describe('maintenance blocks', () => {
  let f: BookingFixture;
  let venueId: string;
  let courtA: string;
  let courtB: string;
  const date = utcDateInDays(3);
  const at = (time: string) => `${date}T${time}`;

  const blockInput = (input: Record<string, unknown> = {}) => ({
    courtIds: [courtA],
    start: at('08:00'),
    end: at('12:00'),
    reason: 'Resurfacing',
    conflictPolicy: 'REJECT',
    ...input,
  });
  const impact = (input: Record<string, unknown>, as: string | null = f.staff) =>
    f.as<{ maintenanceBlockImpact: ImpactBody }>(as, IMPACT, { input: blockInput(input) });
  const create = (input: Record<string, unknown>, as: string | null = f.staff) =>
    f.as<{ createMaintenanceBlock: BlockBody }>(as, CREATE, { input: blockInput(input) });
  const list = async (from?: string) => {
    const response = await f.as<{ maintenanceBlocks: { id: string; start: string }[] }>(
      f.staff,
      LIST,
      { venueId, from },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.maintenanceBlocks;
  };
  /** Every booking as staff see them, by id: the ground truth of what a call changed. */
  const allBookings = async () => {
    const response = await f.as<{ bookings: { edges: { node: BookingBody }[] } }>(
      f.staff,
      BOOKINGS,
    );
    expect(response.body.errors).toBeUndefined();
    return new Map(response.body.data!.bookings.edges.map(({ node }) => [node.id, node]));
  };
  const book = async (courtId: string, start: string, end: string, as = f.member) => {
    const response = await f.book(as, { courtId, start: at(start), end: at(end) });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.createBooking;
  };

  beforeAll(async () => {
    f = await BookingFixture.start();
  });
  beforeEach(async () => {
    await f.db.reset();
    // A zone without daylight saving time, so a floating date never lands on a DST night.
    venueId = (
      await f.venue({ timeZone: 'Asia/Kolkata', openingHours: everyDay('08:00', '22:00') })
    ).id;
    courtA = (await f.court(venueId, { name: 'A' })).id;
    courtB = (await f.court(venueId, { name: 'B' })).id;
  });
  afterAll(() => f.stop());

  describe('maintenanceBlockImpact (dry run)', () => {
    it('reports the overlapping bookings per policy and never changes anything', async () => {
      const hit = await book(courtA, '09:00', '10:00');
      const touching = await book(courtA, '12:00', '13:00', f.otherMember);
      const otherCourt = await book(courtB, '09:00', '10:00', f.otherMember);
      const before = await allBookings();

      const reject = await impact({ conflictPolicy: 'REJECT' });
      expect(reject.body.data!.maintenanceBlockImpact).toEqual({
        conflictingBookings: [{ id: hit.id }],
        wouldSucceed: false,
        summary: 'The block would be refused: it overlaps 1 confirmed booking.',
      });
      const cancel = await impact({ conflictPolicy: 'CANCEL_BOOKINGS' });
      expect(cancel.body.data!.maintenanceBlockImpact).toMatchObject({
        conflictingBookings: [{ id: hit.id }],
        wouldSucceed: true,
        summary: expect.stringMatching(/1 confirmed booking would be cancelled/),
      });
      const keep = await impact({ conflictPolicy: 'KEEP_FLAGGED' });
      expect(keep.body.data!.maintenanceBlockImpact).toMatchObject({
        wouldSucceed: true,
        summary: expect.stringMatching(/would stay, flagged/),
      });
      const clear = await impact({ start: at('14:00'), end: at('15:00') });
      expect(clear.body.data!.maintenanceBlockImpact).toEqual({
        conflictingBookings: [],
        wouldSucceed: true,
        summary: 'No booking is affected.',
      });

      // A dry run never cancels, flags or blocks: bookings and blocks are as they were.
      expect(await allBookings()).toEqual(before);
      expect(await list()).toEqual([]);
      expect([touching.id, otherCourt.id].every((id) => before.has(id))).toBe(true);
      const rebook = await f.book(f.otherMember, {
        courtId: courtA,
        start: at('10:00'),
        end: at('11:00'),
      });
      expect(rebook.body.errors).toBeUndefined();
    });

    it('refuses an invalid block as the real call would', async () => {
      const error = onlyError(await impact({ reason: '   ' }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
      const past = onlyError(await impact({ start: '2020-01-01T08:00', end: '2020-01-01T09:00' }));
      expect(past.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.end' });
    });
  });

  describe('createMaintenanceBlock', () => {
    it('REJECT with an overlapping booking gives CONFLICT and changes nothing', async () => {
      const hit = await book(courtA, '09:00', '10:00');
      const before = await allBookings();
      const error = onlyError(await create({ conflictPolicy: 'REJECT' }));
      expect(error.extensions).toMatchObject({
        code: 'CONFLICT',
        conflictingBookingIds: [hit.id],
      });
      expect(error.message).toMatch(/Choose another policy or time/);
      expect(await allBookings()).toEqual(before);
      expect(await list()).toEqual([]);
    });

    it('REJECT without conflicts places the block on every court given', async () => {
      const response = await create({ courtIds: [courtB, courtA], conflictPolicy: 'REJECT' });
      expect(response.body.errors).toBeUndefined();
      const block = response.body.data!.createMaintenanceBlock;
      expect(block).toMatchObject({
        start: `${date}T08:00:00+05:30`,
        end: `${date}T12:00:00+05:30`,
        reason: 'Resurfacing',
        conflictPolicy: 'REJECT',
        affectedBookings: [],
        createdBy: { id: f.staff },
      });
      expect(block.courts.map((c) => c.id).sort()).toEqual([courtA, courtB].sort());
    });

    it('CANCEL_BOOKINGS cancels with the reason; the slot is bookable only once lifted', async () => {
      const hit = await book(courtA, '09:00', '10:00');
      const otherCourt = await book(courtB, '09:00', '10:00', f.otherMember);
      const response = await create({ conflictPolicy: 'CANCEL_BOOKINGS' });
      expect(response.body.errors).toBeUndefined();
      const block = response.body.data!.createMaintenanceBlock;
      expect(block.affectedBookings).toEqual([{ id: hit.id, status: 'CANCELLED' }]);

      const after = await allBookings();
      expect(after.get(hit.id)).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: 'Maintenance: Resurfacing',
        cancelledBy: { id: f.staff },
        flaggedByMaintenance: false,
      });
      expect(after.get(otherCourt.id)).toMatchObject({ status: 'CONFIRMED' });

      // The cancelled booking's slot is free of bookings, but the block still holds it.
      const blocked = onlyError(
        await f.book(f.otherMember, { courtId: courtA, start: at('09:00'), end: at('10:00') }),
      );
      expect(blocked.extensions).toMatchObject({ code: 'CONFLICT' });
      expect(blocked.message).toMatch(/closed for maintenance \(Resurfacing\)/);

      expect((await f.as(f.staff, REMOVE, { id: block.id })).body.errors).toBeUndefined();
      const rebooked = await f.book(f.otherMember, {
        courtId: courtA,
        start: at('09:00'),
        end: at('10:00'),
      });
      expect(rebooked.body.errors).toBeUndefined();
      // Lifting the block never revives what it cancelled.
      expect((await allBookings()).get(hit.id)).toMatchObject({ status: 'CANCELLED' });
    });

    it('KEEP_FLAGGED keeps the bookings, flagged for staff', async () => {
      const hit = await book(courtA, '09:00', '10:00');
      const response = await create({ conflictPolicy: 'KEEP_FLAGGED' });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.createMaintenanceBlock.affectedBookings).toEqual([
        { id: hit.id, status: 'CONFIRMED' },
      ]);
      expect((await allBookings()).get(hit.id)).toMatchObject({
        status: 'CONFIRMED',
        flaggedByMaintenance: true,
        cancelledBy: null,
      });
    });

    it('refuses a booking that overlaps a block with CONFLICT; one that touches it stands', async () => {
      expect((await create({ start: at('10:00'), end: at('12:00') })).body.errors).toBeUndefined();
      for (const [start, end] of [
        ['09:00', '10:30'],
        ['11:00', '12:00'],
        ['11:30', '12:30'],
      ] as const) {
        const error = onlyError(
          await f.book(f.member, { courtId: courtA, start: at(start), end: at(end) }),
        );
        expect(error.extensions).toMatchObject({ code: 'CONFLICT' });
      }
      expect(await allBookings()).toEqual(new Map());
      await book(courtA, '09:00', '10:00');
      await book(courtA, '12:00', '13:00', f.otherMember);
      await book(courtB, '10:00', '11:00', f.otherMember);
    });

    it('refuses courts of two venues with BAD_USER_INPUT naming courtIds', async () => {
      const elsewhere = await f.venue({
        timeZone: 'UTC',
        openingHours: everyDay('08:00', '22:00'),
      });
      const far = await f.court(elsewhere.id);
      for (const response of [
        await create({ courtIds: [courtA, far.id] }),
        await impact({ courtIds: [courtA, far.id] }),
      ]) {
        expect(onlyError(response).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.courtIds',
        });
      }
      expect(await list()).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown court and BAD_USER_INPUT for no courts', async () => {
      const unknown = onlyError(await create({ courtIds: [randomUUID()] }));
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND' });
      const none = onlyError(await create({ courtIds: [] }));
      expect(none.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.courtIds' });
    });
  });

  describe('removeMaintenanceBlock and maintenanceBlocks', () => {
    it('lists blocks in force of the venue by start, from now or from a given instant', async () => {
      const late = (await create({ start: at('18:00'), end: at('20:00') })).body.data!
        .createMaintenanceBlock;
      const early = (await create({ courtIds: [courtB] })).body.data!.createMaintenanceBlock;
      const elsewhere = await f.venue({
        timeZone: 'UTC',
        openingHours: everyDay('08:00', '22:00'),
      });
      const far = await f.court(elsewhere.id);
      const other = await f.as(f.staff, CREATE, { input: blockInput({ courtIds: [far.id] }) });
      expect(other.body.errors).toBeUndefined();

      expect((await list()).map((b) => b.id)).toEqual([early.id, late.id]);
      // Blocks that end by `from` are history: only the late one ends after 12:00.
      expect((await list(`${date}T12:00:00+05:30`)).map((b) => b.id)).toEqual([late.id]);

      const removed = await f.as<{ removeMaintenanceBlock: { id: string } }>(f.staff, REMOVE, {
        id: early.id,
      });
      expect(removed.body.data!.removeMaintenanceBlock.id).toBe(early.id);
      expect((await list()).map((b) => b.id)).toEqual([late.id]);

      const again = onlyError(await f.as(f.staff, REMOVE, { id: early.id }));
      expect(again.extensions).toMatchObject({ code: 'NOT_FOUND' });
      const unknown = onlyError(await f.as(f.staff, REMOVE, { id: 'not-a-uuid' }));
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('permissions', () => {
    it('needs blocks:manage for every block operation, and changes nothing otherwise', async () => {
      const hit = await book(courtA, '09:00', '10:00');
      const placed = (await create({ start: at('14:00'), end: at('15:00') })).body.data!
        .createMaintenanceBlock;
      const before = await allBookings();
      const attempts: [string, Record<string, unknown>][] = [
        [IMPACT, { input: blockInput() }],
        [CREATE, { input: blockInput({ conflictPolicy: 'CANCEL_BOOKINGS' }) }],
        [REMOVE, { id: placed.id }],
        [LIST, { venueId }],
      ];
      for (const [query, variables] of attempts) {
        const member = onlyError(await f.as(f.member, query, variables));
        expect(member.extensions).toMatchObject({ code: 'FORBIDDEN', permission: 'blocks:manage' });
        const anonymous = onlyError(await f.as(null, query, variables));
        expect(anonymous.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      }
      expect(await allBookings()).toEqual(before);
      expect(before.get(hit.id)).toMatchObject({ status: 'CONFIRMED' });
      expect((await list()).map((b) => b.id)).toEqual([placed.id]);
    });
  });
});
