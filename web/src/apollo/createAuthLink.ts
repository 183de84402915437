import { SetContextLink } from '@apollo/client/link/context';

import type { TokenStore } from './TokenStore';
import './operationContext';

/**
 * Adds `Authorization: Bearer <access token>` when signed in. It reads the token when the
 * request leaves, so a request retried after a refresh carries the new token.
 */
export function createAuthLink(tokens: TokenStore): SetContextLink {
  return new SetContextLink((context) => {
    const token = context.anonymous ? null : tokens.accessToken;
    const headers: Record<string, string> = { ...(context.headers as Record<string, string>) };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    return { headers, sentAccessToken: token };
  });
}
