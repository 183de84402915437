import type { Server } from 'node:http';

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { buildSubgraphSchema } from '@apollo/subgraph';

import type { Logger } from '../logging/createLogger.js';
import { formatError } from './formatError.js';
import type { GraphQLContext } from './GraphQLContext.js';
import { resolvers } from './resolvers.js';
import { typeDefs } from './typeDefs.js';

export function createApolloServer(
  httpServer: Server,
  logger: Logger,
): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    // Stack traces never reach a client, in any NODE_ENV.
    includeStacktraceInErrorResponses: false,
    // Rejects simple (form-like) requests so a browser cannot be tricked into a mutation.
    csrfPrevention: true,
    formatError: formatError(logger),
    // main.ts owns SIGINT/SIGTERM; Apollo's own handlers would re-raise the signal and kill
    // the process before PostgreSQL and Redis are closed.
    stopOnTerminationSignals: false,
    logger: apolloLogger(logger),
    plugins: [
      // Inline traces only feed Apollo's usage reporting, which courtgraph does not use.
      ApolloServerPluginInlineTraceDisabled(),
      // The playground arrives in a later issue; until then no landing page at all.
      ApolloServerPluginLandingPageDisabled(),
      // On stop: refuse new connections, let in-flight requests finish (10 s at most).
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 }),
    ],
  });
}

function apolloLogger(logger: Logger) {
  const child = logger.child({ component: 'apollo' });
  return {
    debug: (message: string) => child.debug(message),
    info: (message: string) => child.info(message),
    warn: (message: string) => child.warn(message),
    error: (message: string) => child.error(message),
  };
}
