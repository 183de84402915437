import type { EntityManager } from '@mikro-orm/postgresql';

import { BookingSchema, type Booking } from '../bookings/bookingEntity.js';
import { CourtSchema, type Court } from '../courts/courtEntity.js';
import { isUuid } from '../ids/isUuid.js';
import { MaintenanceBlockSchema, type MaintenanceBlock } from './maintenanceBlockEntity.js';

/** Blocks in force at the venue that end after `from`, by start. */
export async function listMaintenanceBlocks(
  em: EntityManager,
  venueId: string,
  from: Date,
): Promise<MaintenanceBlock[]> {
  // Like an unknown venue: no blocks. A list query answers what exists, not NOT_FOUND.
  if (!isUuid(venueId)) return [];
  return em.find(
    MaintenanceBlockSchema,
    { venueId: venueId.toLowerCase(), removedAt: null, endsAt: { $gt: from } },
    { orderBy: { startsAt: 'asc', id: 'asc' } },
  );
}

export async function blockCourts(em: EntityManager, blockId: string): Promise<Court[]> {
  const rows = await em.execute<{ court_id: string }[]>(
    'select court_id from maintenance_block_courts where block_id = ?',
    [blockId],
  );
  const ids = rows.map((row) => row.court_id);
  return em.find(CourtSchema, { id: { $in: ids } }, { orderBy: { name: 'asc' } });
}

export async function blockBookings(em: EntityManager, blockId: string): Promise<Booking[]> {
  const rows = await em.execute<{ booking_id: string }[]>(
    'select booking_id from maintenance_block_bookings where block_id = ?',
    [blockId],
  );
  const ids = rows.map((row) => row.booking_id);
  return em.find(BookingSchema, { id: { $in: ids } }, { orderBy: { startsAt: 'asc' } });
}
