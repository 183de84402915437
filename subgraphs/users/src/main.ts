import { startUsersService } from './app.js';
import { loadConfig } from './config/loadConfig.js';
import { ConfigError } from './errors/ConfigError.js';
import { createLogger } from './logging/createLogger.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      createLogger('info').fatal({ variable: error.variable }, error.message);
      process.exit(1);
    }
    throw error;
  }

  const logger = createLogger(config.logLevel);
  const service = await startUsersService(config, { logger });

  const shutdown = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'shutting down');
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  createLogger('info').fatal({ err: error }, 'start-up failed');
  process.exit(1);
});
