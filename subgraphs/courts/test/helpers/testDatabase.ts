import { randomUUID } from 'node:crypto';

import type { Court } from '../../src/courts/courtEntity.js';
import { CourtSchema } from '../../src/courts/courtEntity.js';
import { DEFAULT_BOOKING_RULES } from '../../src/courts/validateBookingRules.js';
import { createOrm, type Orm } from '../../src/db/createOrm.js';
import { ensureDatabase } from '../../src/db/ensureDatabase.js';
import { runMigrations } from '../../src/db/runMigrations.js';
import { captureLogger } from './captureLogger.js';
import { TEST_DATABASE_URL } from './testConfig.js';

/** Direct access to the test database, to arrange data and to empty it between tests. */
export class TestDatabase {
  private constructor(readonly orm: Orm) {}

  static async open(): Promise<TestDatabase> {
    const { logger } = captureLogger();
    await ensureDatabase(TEST_DATABASE_URL, logger);
    const orm = await createOrm(TEST_DATABASE_URL, logger);
    await runMigrations(orm, logger);
    return new TestDatabase(orm);
  }

  /** Empties every table but the default venue, which goes back to its migrated state. */
  async reset(): Promise<void> {
    const connection = this.orm.em.getConnection();
    await connection.execute(
      `truncate table maintenance_block_bookings, maintenance_block_courts, maintenance_blocks,
       bookings, courts, venue_hours_exceptions`,
    );
    await connection.execute('delete from venues where not is_default');
    await connection.execute(
      `update venues set name = 'Main venue', address = null, time_zone = 'UTC',
       opening_hours = (select jsonb_agg(jsonb_build_object(
         'weekday', d, 'opens', '08:00', 'closes', '22:00')) from generate_series(1, 7) as d)
       where is_default`,
    );
  }

  async defaultVenueId(): Promise<string> {
    const rows = await this.orm.em
      .getConnection()
      .execute<{ id: string }[]>('select id from venues where is_default');
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('The migrations made no default venue.');
    return id;
  }

  async insertCourts(courts: Partial<Court>[]): Promise<Court[]> {
    const em = this.orm.em.fork();
    const now = new Date();
    const venueId = await this.defaultVenueId();
    const made = courts.map((court, i) =>
      em.create(CourtSchema, {
        id: randomUUID(),
        venueId,
        name: `Court ${i}`,
        sport: 'TENNIS',
        format: null,
        surface: null,
        indoor: false,
        lights: false,
        playerCapacity: null,
        amenities: [],
        description: null,
        photoUrls: [],
        status: 'ACTIVE',
        archivedAt: null,
        ...DEFAULT_BOOKING_RULES,
        hourlyRateAmount: 1000,
        hourlyRateCurrency: 'EUR',
        createdBy: null,
        createdAt: now,
        updatedAt: now,
        ...court,
      }),
    );
    await em.flush();
    return made;
  }

  async close(): Promise<void> {
    await this.orm.close(true);
  }
}
