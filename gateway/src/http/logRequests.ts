import type { ApolloServerPlugin } from '@apollo/server';

import { CLIENT_REQUEST_CODES } from '../errors/formatGatewayError.js';
import type { GatewayContext } from '../subgraphs/GatewayContext.js';

/**
 * Logs each operation once and every error with the request id, before any masking; then
 * adds the request id to every error a client sees, so a report can quote it, and answers
 * 400 (not 500) when the gateway refused the request itself, e.g. an unknown operationName.
 */
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
        async willSendResponse({ operationName, response }) {
          const durationMs = Math.round(performance.now() - startedAt);
          contextValue.logger.info({ operationName, durationMs }, 'operation');
          if (response.body.kind !== 'single') return;

          const { singleResult } = response.body;
          // The gateway reports, in extensions, nulls it put in place of an entity a subgraph
          // could not find (a court's deleted creator). The data already says so; keep the
          // detail in the logs.
          if (singleResult.extensions?.valueCompletion) {
            contextValue.logger.info(
              { valueCompletion: singleResult.extensions.valueCompletion },
              'entities resolved to null',
            );
            delete singleResult.extensions.valueCompletion;
            if (Object.keys(singleResult.extensions).length === 0) delete singleResult.extensions;
          }
          if (!singleResult.errors) return;
          singleResult.errors = singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
          const refused = singleResult.errors.every((error) =>
            CLIENT_REQUEST_CODES.has(String(error.extensions?.code)),
          );
          if (refused && singleResult.data === undefined) response.http.status = 400;
        },
      };
    },
  };
}
