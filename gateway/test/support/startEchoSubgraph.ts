import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { parse } from 'graphql';

/** SDL of a real subgraph that reports the headers the gateway sent it. */
export const ECHO_SUBGRAPH_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { received: ReceivedHeaders!, chain: Link }
  type Link { next: Link, value: String }
  type ReceivedHeaders {
    authUser: String
    requestId: String
    gatewaySecret: String
    authSession: String
    names: [String!]!
  }
`;

export interface EchoSubgraph {
  url: string;
  stop(): Promise<void>;
}

/**
 * A genuine federation subgraph (not a mock of the gateway's collaborator): the test sends
 * requests through the real gateway and asks this subgraph what arrived.
 */
export async function startEchoSubgraph(): Promise<EchoSubgraph> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(ECHO_SUBGRAPH_SDL),
    resolvers: {
      Query: {
        chain: () => null,
        received: (_root: unknown, _args: unknown, context: unknown) => {
          const { headers } = context as { headers: Record<string, unknown> };
          return {
            authUser: headers['x-auth-user'] ?? null,
            requestId: headers['x-request-id'] ?? null,
            gatewaySecret: headers['x-gateway-secret'] ?? null,
            authSession: headers['x-auth-session'] ?? null,
            names: Object.keys(headers).sort(),
          };
        },
      },
    },
  });
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await apollo.start();

  const app = express();
  app.get('/health/ready', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(apollo, { context: async ({ req }) => ({ headers: req.headers }) }),
  );
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await apollo.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
