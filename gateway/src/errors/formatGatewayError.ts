import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Codes a client may see as they are: the subgraphs' own catalog and the request-level codes
 * of Apollo Server and the gateway. Anything else is an internal failure whose details stay
 * in the logs.
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
  'INVALID_GRAPHQL',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Codes that mean the client sent a request that can never succeed as sent. */
export const CLIENT_REQUEST_CODES = new Set(['INVALID_GRAPHQL', 'BAD_REQUEST']);

/**
 * Lets coded errors through without stack traces and masks everything else. A subgraph that
 * cannot be reached (refused, reset, timed out) becomes SERVICE_UNAVAILABLE, which tells the
 * client that retrying later is the fix. The original error is logged with the request id by
 * the logRequests plugin, and the request id is added to every error by attachRequestIdToErrors.
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const extensions = { ...formatted.extensions };
  delete extensions.stacktrace;
  delete extensions.exception;

  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (code && PUBLIC_CODES.has(code)) {
    return { ...formatted, message: shortened(formatted.message), extensions };
  }

  const located = {
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
  };
  if (isSubgraphUnreachable(unwrapResolverError(error))) {
    return {
      message: 'A backing service did not answer. Retry in a few seconds.',
      ...located,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  return {
    message: 'Internal server error. If it persists, report it with extensions.requestId.',
    ...located,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** make-fetch-happen's FetchError: connection refused or reset, DNS failure, timeout. */
function isSubgraphUnreachable(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (current.name === 'FetchError') return true;
    const original = (current as { originalError?: unknown }).originalError;
    if (original instanceof Error && original.name === 'FetchError') return true;
  }
  return false;
}

/** Longest message passed on; GraphQL's own messages quote the offending value. */
const MESSAGE_MAX = 1_000;

/**
 * A variable that fails coercion is quoted whole in graphql-js's message ("got invalid value
 * ..."), so a 900 KB value would come back as a 900 KB error: cut it, saying so.
 */
function shortened(message: string): string {
  return message.length <= MESSAGE_MAX ? message : `${message.slice(0, MESSAGE_MAX)}… (shortened)`;
}
