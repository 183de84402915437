import type { Logger } from '../logging/createLogger.js';
import { createOrm } from './createOrm.js';
import { ensureDatabase } from './ensureDatabase.js';
import { runMigrations } from './runMigrations.js';

/**
 * Creates the database when missing and applies pending migrations, then disconnects. What
 * `node dist/migrate.js` runs; replicas running it at once wait for each other on
 * runMigrations' advisory lock.
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
