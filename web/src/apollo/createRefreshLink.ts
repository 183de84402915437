import { ErrorLink } from '@apollo/client/link/error';
import { from, of, switchMap, throwError } from 'rxjs';

import type { SessionRefresher } from './SessionRefresher';
import { isUnauthenticated } from './isUnauthenticated';
import './operationContext';

/**
 * Retries an operation once, with a fresh access token, when it came back UNAUTHENTICATED
 * (Apollo's documented pattern: an ErrorLink handler that returns `forward(operation)`).
 * ErrorLink hands the retry's outcome straight to the caller, so a second refusal is not
 * retried again. When no refresh is possible the caller gets the original answer.
 */
export function createRefreshLink(refresher: SessionRefresher): ErrorLink {
  return new ErrorLink(({ error, result, operation, forward }) => {
    const context = operation.getContext();
    if (context.anonymous || !isUnauthenticated(error)) return undefined;

    return from(refresher.refreshAfter(context.sentAccessToken ?? null)).pipe(
      switchMap((refreshed) => {
        if (refreshed) return forward(operation);
        return result ? of(result) : throwError(() => error);
      }),
    );
  });
}
