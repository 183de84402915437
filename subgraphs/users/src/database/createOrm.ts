import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';

import type { Logger } from '../logging/createLogger.js';

import { migrationsList } from '../migrations/migrationsList.js';
import { entities } from './entities/index.js';
import { OrmLogger } from './OrmLogger.js';

export type UsersOrm = MikroORM;

/** Connects to the users database; schema changes happen only through `runMigrations`. */
export async function createOrm(databaseUrl: string, logger: Logger): Promise<UsersOrm> {
  return MikroORM.init({
    clientUrl: databaseUrl,
    loggerFactory: () => new OrmLogger(logger),
    entities,
    extensions: [Migrator],
    // Entities are EntitySchema objects: no reflection, no folder scanning.
    discovery: { disableDynamicFileAccess: true },
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // Identity and permission checks must see committed data, not a stale identity map.
    allowGlobalContext: false,
  });
}
