import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * Whether the API refused the caller's credentials: a GraphQL error with code UNAUTHENTICATED,
 * or the edge's own 401 (`{"error": {"code": "UNAUTHENTICATED"}}`), which it sends before the
 * request reaches GraphQL when the access token is expired or revoked.
 */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((item) => item.extensions?.code === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}
