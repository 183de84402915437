import { beforeEach, describe, expect, it } from 'vitest';

import { RefreshRefused, SessionRefresher } from '../src/apollo/SessionRefresher';
import { type SessionTokens, TokenStore } from '../src/apollo/TokenStore';

let tokens: TokenStore;
let exchanged: string[];

beforeEach(() => {
  window.sessionStorage.clear();
  tokens = new TokenStore(window.sessionStorage);
  tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  exchanged = [];
});

/** The refresh endpoint's stand-in: answers `outcome` after a tick, recording each call. */
function exchange(outcome: SessionTokens | Error) {
  return async (refreshToken: string): Promise<SessionTokens> => {
    exchanged.push(refreshToken);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
}

describe('SessionRefresher', () => {
  it('refreshes once for many requests refused together, then each retries', async () => {
    const next = { accessToken: 'access-2', refreshToken: 'refresh-2' };
    const refresher = new SessionRefresher(tokens, exchange(next));

    const outcomes = await Promise.all([
      refresher.refreshAfter('access-1'),
      refresher.refreshAfter('access-1'),
      refresher.refreshAfter('access-1'),
    ]);
    expect(outcomes).toEqual([true, true, true]);
    expect(exchanged).toEqual(['refresh-1']);
    expect(tokens.accessToken).toBe('access-2');
    expect(window.sessionStorage.getItem('courtgraph.refreshToken')).toBe('refresh-2');

    // A refusal of the old token that arrives late: the new token is already there.
    expect(await refresher.refreshAfter('access-1')).toBe(true);
    expect(exchanged).toHaveLength(1);
  });

  it('signs out when the server refuses the refresh token', async () => {
    const refresher = new SessionRefresher(tokens, exchange(new RefreshRefused('used before')));
    expect(await refresher.refreshAfter('access-1')).toBe(false);
    expect(tokens.signedIn).toBe(false);
    expect(window.sessionStorage.getItem('courtgraph.refreshToken')).toBeNull();
  });

  it('keeps the session when the server could not be reached', async () => {
    const refresher = new SessionRefresher(tokens, exchange(new TypeError('Failed to fetch')));
    expect(await refresher.refreshAfter('access-1')).toBe(false);
    expect(tokens.refreshToken).toBe('refresh-1');
  });

  it('does not ask the server when there is no session', async () => {
    tokens.clear();
    const refresher = new SessionRefresher(tokens, exchange(new Error('not called')));
    expect(await refresher.refreshAfter(null)).toBe(false);
    expect(exchanged).toEqual([]);
  });
});
