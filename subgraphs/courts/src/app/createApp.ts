import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import type { Config } from '../config/loadConfig.js';
import { createOrm, type Orm } from '../db/createOrm.js';
import { ensureDatabase } from '../db/ensureDatabase.js';
import { prepareDatabase } from '../db/prepareDatabase.js';
import { buildCourtsSchema } from '../graphql/buildCourtsSchema.js';
import type { CourtsContext } from '../graphql/courtsContext.js';
import { createCourtsContext } from '../graphql/createCourtsContext.js';
import { formatError, maskUnexpectedErrors } from '../graphql/maskUnexpectedErrors.js';
import { healthRoutes } from '../http/healthRoutes.js';
import { jsonErrorHandler } from '../http/jsonErrorHandler.js';
import { jsonNotFound } from '../http/jsonNotFound.js';
import { requestContext } from '../http/requestContext.js';
import { createLogger } from '../logging/createLogger.js';
import { connectRedis, createRedisClient } from '../redis/createRedisClient.js';
import { seedDemoCourts } from '../seed/seedDemoCourts.js';
import { createLifecycle } from './lifecycle.js';

export interface CourtsApp {
  /** Base URL, e.g. `http://127.0.0.1:4002`; GraphQL is at `${url}/graphql`. */
  url: string;
  /** Stops accepting, lets in-flight requests finish (10 s at most), closes the pools. */
  stop(): Promise<void>;
}

export interface CreateAppOptions {
  /** Defaults to a pino logger on stdout at `config.logLevel`. */
  logger?: Logger;
}

/** Milliseconds start-up waits for Redis before going on without it (reads then fail fast). */
const REDIS_START_WAIT_MS = 2_000;
/** Milliseconds in-flight requests get to finish on shutdown. */
const DRAIN_MS = 10_000;

/**
 * Starts the courts subgraph: creates and migrates the database (unless `migrateOnStart` is
 * off, when it only checks that the migrate step ran), connects to Redis, serves
 * GraphQL and the health checks on `config.host:config.port` (0 picks a free port).
 */
export async function createApp(
  config: Config,
  options: CreateAppOptions = {},
): Promise<CourtsApp> {
  const logger = options.logger ?? createLogger(config.logLevel);

  if (config.migrateOnStart) await ensureDatabase(config.databaseUrl, logger);
  const orm = await createOrm(config.databaseUrl, logger);
  try {
    await prepareDatabase(orm, config.migrateOnStart, logger);
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  if (config.nodeEnv === 'development') await seedDemoCourts(orm.em.fork(), logger);

  const redis = createRedisClient(config.redisUrl, logger);
  try {
    return await serve(config, logger, orm, redis);
  } catch (error) {
    // A failed start (port taken, say) must not leave pools holding the process open.
    redis.disconnect();
    await orm.close(true);
    throw error;
  }
}

/** Everything after the data stores: Apollo, express, the listener and the shutdown hook. */
async function serve(config: Config, logger: Logger, orm: Orm, redis: Redis): Promise<CourtsApp> {
  if (!(await connectRedis(redis, REDIS_START_WAIT_MS))) {
    logger.warn('redis unavailable at start; guarded fields are refused until it answers');
  }

  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<CourtsContext>({
    schema: buildCourtsSchema(),
    // Apollo's own notices go to our JSON logs, not to the console.
    logger: logger.child({ component: 'apollo' }),
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: DRAIN_MS }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      maskUnexpectedErrors,
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(requestContext(logger));
  app.use(healthRoutes(orm, redis));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: createCourtsContext(orm, redis, config.gatewaySecret) }),
  );
  app.use(jsonNotFound);
  app.use(jsonErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  logger.info({ url }, 'listening');

  const lifecycle = createLifecycle(async () => {
    await apollo.stop();
    redis.disconnect();
    await orm.close(true);
    logger.info('stopped');
  });
  return { url, stop: () => lifecycle.stop() };
}
