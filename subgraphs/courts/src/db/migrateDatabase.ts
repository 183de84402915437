import type { Logger } from 'pino';

import { createOrm } from './createOrm.js';
import { ensureDatabase } from './ensureDatabase.js';
import { runMigrations } from './runMigrations.js';

/**
 * Creates the database when missing and applies pending migrations, then disconnects. What
 * `node dist/migrate.js` runs; processes running it at once wait on runMigrations' lock.
 */
export async function migrateDatabase(databaseUrl: string, logger: Logger): Promise<void> {
  await ensureDatabase(databaseUrl, logger);
  const orm = await createOrm(databaseUrl, logger);
  try {
    await runMigrations(orm, logger);
  } finally {
    await orm.close(true);
  }
}
