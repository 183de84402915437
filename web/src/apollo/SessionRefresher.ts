import type { SessionTokens, TokenStore } from './TokenStore';

/**
 * Trades the refresh token for new tokens. Resolves with them; rejects with `RefreshRefused`
 * when the server refused the refresh token (the session is over), with anything else when
 * the server could not be asked (offline, 5xx): then the session is kept for a later try.
 */
export type ExchangeRefreshToken = (refreshToken: string) => Promise<SessionTokens>;

/** The server answered and refused the refresh token: expired, used before, or revoked. */
export class RefreshRefused extends Error {
  override readonly name = 'RefreshRefused';
}

/**
 * Silent refresh for requests that come back UNAUTHENTICATED.
 *
 * Several requests sent with the same expired access token fail together; they must cause one
 * refresh, not one each: every refresh token works once, and presenting a used one ends the
 * session. So a refresh in flight is shared, and a request whose token was already replaced
 * by someone else's refresh just retries with the new token.
 */
export class SessionRefresher {
  #inFlight: Promise<boolean> | null = null;

  constructor(
    private readonly tokens: TokenStore,
    private readonly exchange: ExchangeRefreshToken,
  ) {}

  /**
   * Called after a request sent with `usedAccessToken` (null: sent anonymously) was refused.
   * Resolves true when a newer access token is ready to retry with, false when not (no
   * session, the session ended, or the server was unreachable).
   */
  refreshAfter(usedAccessToken: string | null): Promise<boolean> {
    const current = this.tokens.accessToken;
    if (current !== null && current !== usedAccessToken) return Promise.resolve(true);

    this.#inFlight ??= this.#refresh().finally(() => {
      this.#inFlight = null;
    });
    return this.#inFlight;
  }

  async #refresh(): Promise<boolean> {
    const refreshToken = this.tokens.refreshToken;
    if (refreshToken === null) {
      this.tokens.clear();
      return false;
    }
    try {
      this.tokens.save(await this.exchange(refreshToken));
      return true;
    } catch (error) {
      // Signing out on a network blip would throw away a session that still works.
      if (error instanceof RefreshRefused) this.tokens.clear();
      return false;
    }
  }
}
