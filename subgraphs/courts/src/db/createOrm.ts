import { Migrator } from '@mikro-orm/migrations';
import {
  MikroORM,
  PostgreSqlDriver,
  type EntityManager,
  type Options,
} from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import { MaintenanceBlockSchema } from '../blocks/maintenanceBlockEntity.js';
import { BookingSchema } from '../bookings/bookingEntity.js';
import { CourtSchema } from '../courts/courtEntity.js';
import { migrationsList } from '../migrations/migrationsList.js';
import { VenueHoursExceptionSchema, VenueSchema } from '../venues/venueEntity.js';

export type Orm = Awaited<ReturnType<typeof MikroORM.init<PostgreSqlDriver, EntityManager>>>;

/** Shared options: entities and migrations are passed explicitly, never discovered. */
export function ormOptions(clientUrl: string, logger: Logger): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities: [
      VenueSchema,
      VenueHoursExceptionSchema,
      CourtSchema,
      BookingSchema,
      MaintenanceBlockSchema,
    ],
    extensions: [Migrator],
    // No snapshot file: it would be written next to the migrations, read-only in the image.
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    // Every request works on its own fork; touching the global context is a bug.
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    debug: false,
    logger: (message: string) => logger.debug({ orm: message }, 'mikro-orm'),
  };
}

/**
 * Connects to the courts database. The schema changes only through `runMigrations`, never by
 * syncing it from the entities.
 */
export async function createOrm(clientUrl: string, logger: Logger): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, logger));
}
