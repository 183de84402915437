import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { RefreshSessionDocument } from '../generated/graphql';
import { RefreshRefused, SessionRefresher } from './SessionRefresher';
import type { SessionTokens, TokenStore } from './TokenStore';
import { createAuthLink } from './createAuthLink';
import { createRefreshLink } from './createRefreshLink';
import { typePolicies } from './typePolicies';

export interface AppApollo {
  client: ApolloClient;
  tokens: TokenStore;
  refresher: SessionRefresher;
}

/**
 * The app's one Apollo Client. Links, outermost first: refresh-and-retry on UNAUTHENTICATED,
 * the bearer token, then HTTP to the edge's public API on this origin (`/graphql`: anonymous
 * callers allowed, which browsing needs; a token makes the caller themself).
 */
export function createApolloClient(tokens: TokenStore, uri = '/graphql'): AppApollo {
  // The refresher needs the client and the client's link needs the refresher: the exchange
  // closes over the client, which exists by the time a request can fail.
  const exchange = async (refreshToken: string): Promise<SessionTokens> => {
    try {
      const { data } = await client.mutate({
        mutation: RefreshSessionDocument,
        variables: { refreshToken },
        context: { anonymous: true },
      });
      if (!data) throw new RefreshRefused('The server returned no tokens.');
      return data.refreshToken;
    } catch (error) {
      // A GraphQL answer means the server looked at the token and refused it.
      if (CombinedGraphQLErrors.is(error)) throw new RefreshRefused(error.message);
      throw error;
    }
  };
  const refresher = new SessionRefresher(tokens, exchange);

  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([
      createRefreshLink(refresher),
      createAuthLink(tokens),
      new HttpLink({ uri }),
    ]),
    cache: new InMemoryCache({ typePolicies }),
    defaultOptions: {
      // Show what the cache has at once, then what the server says now.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
  return { client, tokens, refresher };
}
