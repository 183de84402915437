import type { ApolloServerPlugin } from '@apollo/server';

import type { GatewayContext } from '../subgraphs/GatewayContext.js';

/** Logs each operation once, and every error with the request id, before any masking. */
export function logRequests(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const startedAt = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            contextValue.logger.warn(
              { operationName, code, path: error.path, err: error.originalError ?? error },
              'operation error',
            );
          }
        },
        async willSendResponse({ operationName }) {
          const durationMs = Math.round(performance.now() - startedAt);
          contextValue.logger.info({ operationName, durationMs }, 'operation');
        },
      };
    },
  };
}
