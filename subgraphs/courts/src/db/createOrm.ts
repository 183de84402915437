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

/** Connects and applies pending migrations. The schema is never synced from the entities. */
export async function createOrm(clientUrl: string, logger: Logger): Promise<Orm> {
  const orm = await MikroORM.init(ormOptions(clientUrl, logger));
  try {
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) {
      logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    }
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}
