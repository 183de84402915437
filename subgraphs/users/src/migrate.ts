import { loadConfig } from './config/loadConfig.js';
import { migrateDatabase } from './database/migrateDatabase.js';
import { ConfigError } from './errors/ConfigError.js';
import { createLogger } from './logging/createLogger.js';

/**
 * `node dist/migrate.js`: creates and migrates the users database, then exits 0, or 1 with
 * the reason logged. Run before a new version serves (the Kubernetes init container), with
 * the serving process started with MIGRATE_ON_START=false. Reads the same DATABASE_URL and
 * LOG_LEVEL as the service; no signing key is needed.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, { signingKeyRequired: false });
  } catch (error) {
    if (error instanceof ConfigError) {
      createLogger('info').fatal({ variable: error.variable }, error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  await migrateDatabase(config.databaseUrl, logger);
  logger.info('migrations done');
}

main().catch((error: unknown) => {
  createLogger('info').fatal({ err: error }, 'migration failed');
  process.exit(1);
});
