import type { GraphQLFormattedError } from 'graphql';

/**
 * Codes a client may see as they are: the subgraphs' own catalog and Apollo's request-level
 * codes. Anything else is an internal failure whose details stay in the logs.
 */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Lets coded errors through without stack traces and masks everything else. The original
 * error is logged with the request id by the logRequestErrors plugin.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...formatted.extensions };
  delete extensions.stacktrace;
  delete extensions.exception;

  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (code && PUBLIC_CODES.has(code)) {
    return { ...formatted, extensions };
  }

  return {
    message: 'Internal server error. If it persists, report it with the request id.',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
