import { createApp } from './app/createApp.js';
import { ConfigError, loadConfig } from './config/loadConfig.js';
import { createLogger } from './logging/createLogger.js';

/** Entry point: reads the environment, starts the service and stops it on SIGINT/SIGTERM. */
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
  const app = await createApp(config, { logger });

  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

main().catch((error: unknown) => {
  createLogger('info').fatal({ err: error }, 'start failed');
  process.exit(1);
});
