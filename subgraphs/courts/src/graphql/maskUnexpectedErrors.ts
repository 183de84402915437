import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { INTERNAL_ERROR_MESSAGE } from '../errors/courtsErrors.js';
import { ErrorCode } from '../errors/errorCodes.js';
import type { CourtsContext } from './courtsContext.js';

/**
 * A deliberate error is a GraphQLError (our catalog, or Apollo's parse, validation and variable
 * errors); anything else (a driver error, a bug) is unexpected.
 */
export function isUnexpected(error: unknown): boolean {
  return !(unwrapResolverError(error) instanceof GraphQLError);
}

/**
 * Apollo `formatError`: passes deliberate errors on, replaces unexpected ones with a bare
 * INTERNAL_SERVER_ERROR so no message, stack or SQL reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown) {
  if (!isUnexpected(error)) return formatted;
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * Logs unexpected errors with their request id and adds that id to the masked answer
 * (`formatError` cannot: it never sees the request context).
 */
export const maskUnexpectedErrors: ApolloServerPlugin<CourtsContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isUnexpected(error)) {
            contextValue.logger.error(
              { err: unwrapResolverError(error), path: error.path },
              'unexpected error masked',
            );
          } else {
            contextValue.logger.info(
              { code: error.extensions['code'], path: error.path },
              error.message,
            );
          }
        }
      },

      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.['code'] !== ErrorCode.INTERNAL_SERVER_ERROR) continue;
          Object.assign(error.extensions, { requestId: contextValue.requestId });
        }
      },
    };
  },
};
