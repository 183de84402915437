import { fileURLToPath } from 'node:url';

import { loadConfig } from './config/loadConfig.js';
import { ConfigError } from './config/ConfigError.js';
import { startGatewayServer } from './http/startGatewayServer.js';
import { createLogger } from './logging/createLogger.js';

const DEFAULT_SUPERGRAPH = fileURLToPath(
  new URL('../../schema/supergraph.graphql', import.meta.url),
);

/** Milliseconds allowed for in-flight requests to finish after SIGINT or SIGTERM. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env, { supergraphPath: DEFAULT_SUPERGRAPH });
  const logger = createLogger(config.logLevel);
  const gateway = await startGatewayServer(config, logger);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');

    const forceExit = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    forceExit.unref();
    gateway.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const logger = createLogger('info');
  if (error instanceof ConfigError) {
    logger.fatal({ variable: error.variable }, error.message);
  } else {
    logger.fatal({ err: error }, 'gateway failed to start');
  }
  process.exit(1);
});
