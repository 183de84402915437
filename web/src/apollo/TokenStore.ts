/** The two tokens of a signed-in session, as login, register and refreshToken answer them. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

const REFRESH_TOKEN_KEY = 'courtgraph.refreshToken';

/**
 * Holds the session's tokens.
 *
 * The access token lives in memory only: it is what every request carries, so it is kept out
 * of any storage that outlives the page. The refresh token goes to sessionStorage so that a
 * reload keeps the user signed in. Not localStorage, on purpose: each refresh token works once
 * and the users service ends the whole session when a used one comes back (theft detection),
 * so two tabs sharing one stored token would race to rotate it and sign each other out. A tab
 * of its own per session avoids that race, and the session ends when the tab closes, which
 * suits shared venue computers. Script injected into the page could still read it; the
 * edge's Content-Security-Policy (edge/Caddyfile) is the defence against that.
 */
export class TokenStore {
  #accessToken: string | null = null;
  readonly #listeners = new Set<() => void>();

  constructor(private readonly storage: Storage | undefined) {}

  get accessToken(): string | null {
    return this.#accessToken;
  }

  get refreshToken(): string | null {
    try {
      return this.storage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    } catch {
      // Storage can be switched off (private modes, policies): the session then lasts as long
      // as the page.
      return null;
    }
  }

  get signedIn(): boolean {
    return this.#accessToken !== null || this.refreshToken !== null;
  }

  save(tokens: SessionTokens): void {
    this.#accessToken = tokens.accessToken;
    this.#writeRefreshToken(tokens.refreshToken);
    this.#notify();
  }

  clear(): void {
    const hadSession = this.signedIn;
    this.#accessToken = null;
    this.#writeRefreshToken(null);
    if (hadSession) this.#notify();
  }

  /** Calls the listener after every sign-in, refresh and sign-out; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #writeRefreshToken(token: string | null): void {
    try {
      if (token === null) this.storage?.removeItem(REFRESH_TOKEN_KEY);
      else this.storage?.setItem(REFRESH_TOKEN_KEY, token);
    } catch {
      // See refreshToken: without storage the token simply is not kept across reloads.
    }
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
