import { gql, type TypedDocumentNode } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { TokenStore } from '../src/apollo/TokenStore';
import { createApolloClient } from '../src/apollo/createApolloClient';

/**
 * The whole link chain of the app's client, down to fetch: the server's side is played by a
 * fetch that answers like the edge (401 JSON for an expired token) and the API.
 */
interface Sent {
  operationName: string;
  authorization: string | null;
}

let sent: Sent[];
let validToken: string;

function answer(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

async function fakeApi(_url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const body = JSON.parse(init?.body as string) as { operationName: string };
  const authorization = new Headers(init?.headers).get('authorization');
  sent.push({ operationName: body.operationName, authorization });
  if (body.operationName === 'RefreshSession') {
    validToken = 'access-2';
    const tokens = { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 };
    return answer({ data: { refreshToken: { __typename: 'AuthPayload', ...tokens } } });
  }
  if (authorization !== `Bearer ${validToken}`) {
    return answer({ error: { code: 'UNAUTHENTICATED', message: 'expired' } }, 401);
  }
  return answer({ data: { me: { __typename: 'User', id: 'u1', username: 'demouser' } } });
}

const ME: TypedDocumentNode<{ me: { id: string; username: string } | null }> = gql`
  query Me {
    me {
      id
      username
    }
  }
`;

beforeEach(() => {
  sent = [];
  validToken = 'access-1';
  window.sessionStorage.clear();
  vi.stubGlobal('fetch', vi.fn(fakeApi));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function signedInClient() {
  const tokens = new TokenStore(window.sessionStorage);
  tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  return createApolloClient(tokens, 'http://edge.test/graphql');
}

describe('the refresh link', () => {
  it('sends the access token on every request', async () => {
    const { client } = signedInClient();
    await client.query({ query: ME });
    expect(sent).toEqual([{ operationName: 'Me', authorization: 'Bearer access-1' }]);
  });

  it('refreshes once for concurrent refusals and retries each request once', async () => {
    const { client, tokens } = signedInClient();
    validToken = 'expired-for-everyone';

    const results = await Promise.all([
      client.query({ query: ME, fetchPolicy: 'network-only' }),
      client.query({ query: ME, fetchPolicy: 'network-only', variables: { again: 1 } }),
    ]);
    expect(results.map((result) => result.data?.me?.username)).toEqual(['demouser', 'demouser']);
    const refreshes = sent.filter((request) => request.operationName === 'RefreshSession');
    expect(refreshes).toEqual([{ operationName: 'RefreshSession', authorization: null }]);
    expect(sent.filter((request) => request.authorization === 'Bearer access-2')).toHaveLength(2);
    expect(tokens.refreshToken).toBe('refresh-2');
  });

  it('signs out, and passes the refusal on, when the refresh token is refused', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
        const body = JSON.parse(init?.body as string) as { operationName: string };
        if (body.operationName !== 'RefreshSession') return fakeApi(url, init);
        const refused = { message: 'Sign in again.', extensions: { code: 'UNAUTHENTICATED' } };
        return answer({ data: null, errors: [refused] });
      }),
    );
    const { client, tokens } = signedInClient();
    validToken = 'expired-for-everyone';

    await expect(client.query({ query: ME })).rejects.toMatchObject({ statusCode: 401 });
    expect(tokens.signedIn).toBe(false);
  });

  it('does not retry a request that is refused again after the refresh', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
        const body = JSON.parse(init?.body as string) as { operationName: string };
        if (body.operationName === 'RefreshSession') return fakeApi(url, init);
        sent.push({ operationName: body.operationName, authorization: null });
        const refused = { message: 'no', extensions: { code: 'UNAUTHENTICATED' } };
        return answer({ data: { me: null }, errors: [refused] });
      }),
    );
    const { client } = signedInClient();
    const outcome = await client.query({ query: ME, errorPolicy: 'all' });
    expect(CombinedGraphQLErrors.is(outcome.error)).toBe(true);
    expect(sent.filter((request) => request.operationName === 'Me')).toHaveLength(2);
  });
});
