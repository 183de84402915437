import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import { BookingSchema } from '../bookings/bookingEntity.js';
import { CourtSchema, type Court } from '../courts/courtEntity.js';
import { DEFAULT_BOOKING_RULES } from '../courts/validateBookingRules.js';
import {
  addLocalDays,
  localDateOf,
  localDateTimeToInstants,
  priceForInterval,
} from '../schedule/index.js';
import { VenueSchema, type Venue } from '../venues/venueEntity.js';
import { DEMO_BOOKERS, DEMO_VENUES, type DemoVenue } from './demoVenues.js';

const DAYS_OF_BOOKINGS = 7;
const HOUR_MS = 3_600_000;

async function makeVenue(em: EntityManager, demo: DemoVenue, index: number): Promise<Venue> {
  const now = new Date();
  // The first demo venue takes over the default one the migrations made, so that courts
  // created without a venueId land somewhere real.
  const existing = index === 0 ? await em.findOne(VenueSchema, { isDefault: true }) : null;
  const fields = {
    name: demo.name,
    address: demo.address,
    timeZone: demo.timeZone,
    openingHours: demo.openingHours,
  };
  if (existing) return em.assign(existing, fields);
  return em.create(VenueSchema, {
    id: randomUUID(),
    ...fields,
    isDefault: false,
    createdAt: now,
    updatedAt: now,
  });
}

/** An instant of `date` at `time` in the zone, or null on a DST night that lacks it. */
function at(date: string, time: string, zone: string): Date | null {
  const found = localDateTimeToInstants(date, time, zone);
  if (found.kind === 'unique') return found.instant;
  return found.kind === 'ambiguous' ? found.earlier : null;
}

/** A week of bookings, spread over the day and the demo accounts, all starting in the future. */
function bookWeek(em: EntityManager, venue: Venue, courts: readonly Court[]): number {
  const now = new Date();
  const today = localDateOf(now, venue.timeZone);
  let made = 0;
  for (let day = 0; day < DAYS_OF_BOOKINGS; day++) {
    const date = addLocalDays(today, day);
    courts.forEach((court, index) => {
      if (court.status !== 'ACTIVE') return;
      for (const hour of [9 + ((index + day) % 4), 17 + ((index * 2 + day) % 4)]) {
        const start = at(date, `${String(hour).padStart(2, '0')}:00`, venue.timeZone);
        if (!start || start.getTime() <= now.getTime()) continue;
        const end = new Date(start.getTime() + HOUR_MS);
        em.create(BookingSchema, {
          id: randomUUID(),
          courtId: court.id,
          userId: DEMO_BOOKERS[(index + day + hour) % DEMO_BOOKERS.length] ?? DEMO_BOOKERS[0],
          startsAt: start,
          endsAt: end,
          status: 'CONFIRMED',
          priceAmount: priceForInterval(court.hourlyRateAmount, start, end),
          priceCurrency: court.hourlyRateCurrency,
          createdBy: DEMO_BOOKERS[0],
          createdAt: now,
          idempotencyKey: null,
          overriddenRules: [],
          overrideReason: null,
          flaggedByMaintenance: false,
          cancelledBy: null,
          cancelledAt: null,
          cancellationReason: null,
        });
        made++;
      }
    });
  }
  return made;
}

/**
 * Gives a fresh development database venues, courts and a week of bookings to show. Runs only
 * when NODE_ENV is `development` and no court exists, so it never touches real data. Demo
 * courts have no creator: no user exists yet when they are made.
 */
export async function seedDemoCourts(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(CourtSchema)) > 0) return;
  const now = new Date();
  let courts = 0;
  let bookings = 0;
  for (const [index, demo] of DEMO_VENUES.entries()) {
    const venue = await makeVenue(em, demo, index);
    // Venue first: the schemas declare no relations, so one flush may insert the courts
    // before their new venue and fail the courts' venue foreign key.
    await em.flush();
    const made = demo.courts.map((fields) =>
      em.create(CourtSchema, {
        id: randomUUID(),
        venueId: venue.id,
        ...fields,
        photoUrls: [],
        archivedAt: null,
        ...DEFAULT_BOOKING_RULES,
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    // Courts first: the bookings' foreign keys need them.
    await em.flush();
    bookings += bookWeek(em, venue, made);
    await em.flush();
    courts += made.length;
  }
  logger.info({ venues: DEMO_VENUES.length, courts, bookings }, 'demo data seeded');
}
