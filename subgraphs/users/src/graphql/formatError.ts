import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

import { APOLLO_CALLER_ERROR_CODES } from '../errors/errorCodes.js';
import { UsersError, errors } from '../errors/errors.js';
import { requestContextStorage } from '../http/requestContext.js';
import type { Logger } from '../logging/createLogger.js';

/**
 * Lets catalog errors and Apollo's own caller errors through and masks everything else as
 * INTERNAL_SERVER_ERROR with the request id, logging the original. Stack traces are dropped
 * in every case, whatever NODE_ENV says.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.['code'];
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};

    if (original instanceof UsersError) {
      return { ...formatted, extensions };
    }
    const fromResolver = original !== error;
    if (!fromResolver && typeof code === 'string' && APOLLO_CALLER_ERROR_CODES.has(code)) {
      return { ...formatted, extensions };
    }

    const context = requestContextStorage.getStore();
    const requestId = context?.requestId ?? 'unknown';
    (context?.logger ?? logger).error({ err: original, path: formatted.path }, 'request failed');
    const masked = errors.internal(requestId);
    return {
      message: masked.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: masked.extensions,
    };
  };
}
