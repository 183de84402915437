import type { Logger } from 'pino';

import type { Orm } from './createOrm.js';
import { findPendingMigrations } from './findPendingMigrations.js';
import { runMigrations } from './runMigrations.js';

/**
 * Brings the schema up to date at start (`MIGRATE_ON_START=true`, the default), or, when a
 * separate step migrates (`false`), checks that it did: a replica of a newer build must not
 * serve on a schema that lacks its migrations.
 */
export async function prepareDatabase(
  orm: Orm,
  migrateOnStart: boolean,
  logger: Logger,
): Promise<void> {
  if (migrateOnStart) {
    await runMigrations(orm, logger);
    return;
  }
  const pending = await findPendingMigrations(orm);
  if (pending.length > 0) {
    throw new Error(
      `The database lacks the migrations ${pending.join(', ')}. Run \`node dist/migrate.js\` ` +
        '(the migrate init container on Kubernetes) first, or set MIGRATE_ON_START=true.',
    );
  }
  logger.info('schema is up to date; migrations are left to the migrate step');
}
