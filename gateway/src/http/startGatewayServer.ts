import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';

import type { GatewayConfig } from '../config/loadConfig.js';
import { formatGatewayError } from '../errors/formatGatewayError.js';
import { isFromTrustedEdge } from '../identity/isFromTrustedEdge.js';
import { IDENTITY_HEADER, SESSION_HEADER, readIdentity } from '../identity/readIdentity.js';
import { DEFAULT_OPERATION_LIMITS, limitOperationSize } from '../limits/limitOperationSize.js';
import { createGateway } from '../supergraph/createGateway.js';
import type { GatewayContext } from '../subgraphs/GatewayContext.js';
import { attachRequestId } from './attachRequestId.js';
import { checkReadiness } from './checkReadiness.js';
import { handleBodyErrors } from './handleBodyErrors.js';
import { logRequests } from './logRequests.js';
import { rejectUnknownRoutes } from './rejectUnknownRoutes.js';

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/** Largest request body accepted; GraphQL documents are small, uploads go elsewhere. */
const MAX_BODY = '1mb';

/** Starts the gateway's HTTP server: GraphQL on /graphql, probes on /health/*. */
export async function startGatewayServer(
  config: GatewayConfig,
  logger: Logger,
): Promise<RunningGateway> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);

  const { gateway, routes } = createGateway({ ...config, logger });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: logger.child({ component: 'apollo-server' }),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    csrfPrevention: true,
    formatError: formatGatewayError,
    validationRules: [limitOperationSize(DEFAULT_OPERATION_LIMITS)],
    // No automatic persisted queries: the web app sends full documents, and an unused cache
    // is one more thing a client can fill.
    persistedQueries: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), logRequests()],
  });
  await apollo.start();

  app.use(attachRequestId(logger));
  app.get('/health/live', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_request, response) => {
    const readiness = await checkReadiness(routes);
    response.status(readiness.ready ? 200 : 503).json({
      status: readiness.ready ? 'ok' : 'unavailable',
      subgraphs: readiness.subgraphs,
    });
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const trusted = isFromTrustedEdge(req.headers, config.edgeSecret);
        const userId = trusted ? readIdentity(req.headers[IDENTITY_HEADER]) : null;
        // A session id means something only together with the user it belongs to.
        const sessionId = userId ? readIdentity(req.headers[SESSION_HEADER]) : null;
        return { userId, sessionId, requestId: req.id, logger: req.log };
      },
    }),
  );
  app.use(rejectUnknownRoutes());
  app.use(handleBodyErrors(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${formatHost(config.host)}:${port}`;
  logger.info({ url, subgraphs: Object.fromEntries(routes) }, 'listening');

  return {
    url,
    stop: async () => {
      await apollo.stop();
    },
  };
}

function formatHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
