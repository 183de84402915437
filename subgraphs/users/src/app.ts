import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

import { AccessTokens } from './auth/accessTokens.js';
import { KeyRing } from './auth/KeyRing.js';
import { VerifiedTokenCache } from './auth/VerifiedTokenCache.js';
import { loadSigningKey } from './auth/loadSigningKey.js';
import type { UsersConfig } from './config/UsersConfig.js';
import { createOrm } from './database/createOrm.js';
import { ensureDatabase } from './database/ensureDatabase.js';
import { prepareDatabase } from './database/prepareDatabase.js';
import { seedDevelopmentData } from './database/seedDevelopmentData.js';
import { createApolloServer } from './graphql/createApolloServer.js';
import { createContext } from './graphql/createContext.js';
import { errorHandler } from './http/errorHandler.js';
import { healthRoutes } from './http/healthRoutes.js';
import { jwksRoute } from './http/jwksRoute.js';
import { restoreRequestContext } from './http/requestContext.js';
import { requestIdMiddleware } from './http/requestIdMiddleware.js';
import { startVerifyServer, type VerifyServer } from './http/startVerifyServer.js';
import { verifyRoute } from './http/verifyRoute.js';
import { createLogger, type Logger } from './logging/createLogger.js';
import { PermissionCache } from './permissions/permissionCache.js';
import { PermissionCacheRebuilder } from './permissions/PermissionCacheRebuilder.js';
import { PermissionOutboxDeliverer } from './permissions/PermissionOutboxDeliverer.js';
import { createRedis } from './redis/createRedis.js';
import { RevocationFeed } from './revocations/RevocationFeed.js';
import { RevocationView } from './revocations/RevocationView.js';
import { LoginFailureLimiter } from './users/LoginFailureLimiter.js';
import type { UsersServices } from './users/UsersServices.js';

export interface RunningUsersService {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  url: string;
  /** Where `/auth/verify` answers: `url`, or the `VERIFY_PORT` listener when one is set. */
  verifyUrl: string;
  services: UsersServices;
  /** Drains HTTP, then closes PostgreSQL and Redis. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Defaults to a pino logger at `config.logLevel`. */
  logger?: Logger;
}

type Phase = { kind: 'running' } | { kind: 'stopping'; done: Promise<void> };

/** Largest accepted JSON body; GraphQL operations of this service are small. */
const JSON_BODY_LIMIT = '100kb';

/**
 * Tokens whose signature check /auth/verify remembers: about 1 KiB each, so a few MiB, and
 * more than the sessions a replica sees active within a token's 15 minutes.
 */
const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

/**
 * Starts the users service: database (created and migrated unless `migrateOnStart` is off),
 * Redis, the full permission cache sync, then HTTP (and the verify port when configured).
 * Used by `main.ts` and in-process by the tests.
 */
export async function startUsersService(
  config: UsersConfig,
  options: StartOptions = {},
): Promise<RunningUsersService> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const signingKey = await loadSigningKey(
    config.jwt.privateKeyPem,
    config.nodeEnv,
    config.secretsDir,
    logger,
  );
  const keys = await KeyRing.create(signingKey, config.jwt.previousPublicKeyPems);
  const tokens = new AccessTokens(keys, {
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
    ttlSeconds: config.jwt.accessTokenTtlSeconds,
    clockSkewSeconds: config.jwt.clockSkewSeconds,
  });

  if (config.migrateOnStart) {
    await ensureDatabase(config.databaseUrl, logger);
  }
  const orm = await createOrm(config.databaseUrl, logger);
  const redis = createRedis(config.redisUrl, logger);
  // Pub/sub needs a connection of its own: a subscribed connection runs no other command.
  const subscriber = createRedis(config.redisUrl, logger);
  // Long enough for any token: its lifetime plus the skew tolerated on its exp.
  const horizonSeconds = config.jwt.accessTokenTtlSeconds + config.jwt.clockSkewSeconds;
  const revocationView = new RevocationView(horizonSeconds * 1000);
  const revocations = new RevocationFeed(
    revocationView,
    redis,
    subscriber,
    () => orm.em.fork(),
    logger,
    { horizonSeconds, resyncIntervalMs: config.revocationResyncSeconds * 1000 },
  );
  // Started once the cache is synced; stopped before the connections they use are closed.
  let outbox: PermissionOutboxDeliverer | undefined;
  let rebuilder: PermissionCacheRebuilder | undefined;
  let verifyServer: VerifyServer | undefined;
  try {
    await prepareDatabase(orm, config.migrateOnStart, logger);
    if (config.nodeEnv === 'development') {
      await seedDevelopmentData(orm.em.fork(), logger);
    }
    await redis.connect();
    const permissionCache = new PermissionCache(redis, logger);
    await permissionCache.syncAll(orm.em.fork());
    outbox = new PermissionOutboxDeliverer(permissionCache, redis, () => orm.em.fork(), logger);
    outbox.start();
    rebuilder = new PermissionCacheRebuilder(
      permissionCache,
      redis,
      () => orm.em.fork(),
      logger,
      config.permissionCacheCheckSeconds * 1000,
    );
    rebuilder.start();
    await revocations.start();

    const loginLimiter = new LoginFailureLimiter(redis, config.loginLimits, logger);
    const services: UsersServices = {
      orm,
      tokens,
      permissionCache,
      loginLimiter,
      revocations,
      sessionLimits: config.sessionLimits,
    };
    const httpServer = createServer();
    const apollo = createApolloServer(httpServer, logger);
    await apollo.start();

    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', false);
    app.use(requestIdMiddleware(logger));
    app.use(
      healthRoutes({
        postgresql: async () => {
          await orm.em.fork().execute('select 1');
        },
        redis: async () => {
          await redis.ping();
        },
      }),
    );
    const jwks = jwksRoute(keys);
    app.get('/.well-known/jwks.json', jwks);
    app.use(
      '/graphql',
      express.json({ limit: JSON_BODY_LIMIT }),
      restoreRequestContext,
      expressMiddleware(apollo, {
        context: createContext(services, logger, config.gatewaySecret),
      }),
    );
    app.use(errorHandler(logger));
    const verify = verifyRoute(
      tokens,
      revocationView,
      new VerifiedTokenCache(VERIFIED_TOKEN_CACHE_SIZE),
      logger,
    );
    if (config.verifyPort === undefined) {
      // /auth/verify first, on the raw listener: see verifyRoute for why it bypasses express.
      httpServer.on('request', (req, res) => {
        if (!verify(req, res)) {
          app(req, res);
        }
      });
    } else {
      // The edge's endpoint on its own port; here /auth/verify falls through to a 404.
      httpServer.on('request', app);
      verifyServer = await startVerifyServer(verify, jwks, config.host, config.verifyPort, logger);
    }

    const url = await listen(httpServer, config.host, config.port);
    logger.info({ url }, 'listening');
    const verifyUrl = verifyServer?.url ?? url;

    let phase: Phase = { kind: 'running' };
    const stop = (): Promise<void> => {
      switch (phase.kind) {
        case 'running': {
          const done = (async () => {
            await Promise.all([apollo.stop(), verifyServer?.close()]);
            await revocations.stop();
            await Promise.all([outbox?.stop(), rebuilder?.stop()]);
            await Promise.allSettled([orm.close(true), redis.quit()]);
            logger.info('stopped');
          })();
          phase = { kind: 'stopping', done };
          return done;
        }
        case 'stopping':
          return phase.done;
        default:
          throw new Error(`unreachable phase: ${(phase as { kind: string }).kind}`);
      }
    };
    return { url, verifyUrl, services, stop };
  } catch (error) {
    await Promise.all([outbox?.stop(), rebuilder?.stop(), verifyServer?.close()]);
    redis.disconnect();
    subscriber.disconnect();
    await orm.close(true);
    throw error;
  }
}

function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${hostPart}:${address.port}`);
    });
  });
}
