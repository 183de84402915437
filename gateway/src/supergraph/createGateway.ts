import { readFileSync } from 'node:fs';

import { ApolloGateway } from '@apollo/gateway';
import type { Logger } from 'pino';

import { IdentityForwardingDataSource } from '../subgraphs/IdentityForwardingDataSource.js';

export interface SupergraphOptions {
  supergraphPath: string;
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  gatewaySecret: string | undefined;
  logger: Logger;
}

/** The subgraphs the gateway routes to, by name, once the supergraph is loaded. */
export type SubgraphRoutes = Map<string, string>;

/**
 * Builds a gateway from the committed supergraph file: no subgraph is introspected at run
 * time, so what runs is exactly what was composed and reviewed.
 */
export function createGateway(options: SupergraphOptions): {
  gateway: ApolloGateway;
  routes: SubgraphRoutes;
} {
  // @apollo/gateway >= 2.14 starts usage telemetry to Apollo's servers when constructed unless
  // this is set; courtgraph never reports anywhere, whoever starts the process.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';

  const supergraphSdl = readSupergraph(options.supergraphPath);
  const routes: SubgraphRoutes = new Map();
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: options.logger.child({ component: 'apollo-gateway' }),
    __exposeQueryPlanExperimental: false,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`Subgraph "${name}" has no routing URL in the supergraph.`);

      routes.set(name, target);
      return new IdentityForwardingDataSource(
        name,
        target,
        options.subgraphTimeoutMs,
        options.gatewaySecret,
      );
    },
  });
  return { gateway, routes };
}

function readSupergraph(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the supergraph at ${path}: run "npm run schema:compose" or set SUPERGRAPH_PATH.`,
      { cause: error },
    );
  }
}
