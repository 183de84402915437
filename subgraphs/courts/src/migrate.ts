import { ConfigError, loadConfig } from './config/loadConfig.js';
import { migrateDatabase } from './db/migrateDatabase.js';
import { createLogger } from './logging/createLogger.js';

/**
 * `node dist/migrate.js`: creates and migrates the courts database, then exits 0, or 1 with
 * the reason logged. Run before a new version serves (the Kubernetes init container), with
 * the serving process started with MIGRATE_ON_START=false. Reads DATABASE_URL and LOG_LEVEL.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger('info').fatal({ variable: error.variable }, error.message);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(config.logLevel);
  await migrateDatabase(config.databaseUrl, logger);
  logger.info('migrations done');
}

main().catch((error: unknown) => {
  createLogger('info').fatal({ err: error }, 'migration failed');
  process.exit(1);
});
