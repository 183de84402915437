import type { TokenIdentity } from '../revocations/RevocationView.js';

interface Entry {
  identity: TokenIdentity;
  expiresAtMs: number;
}

/**
 * Successful signature checks, keyed by the exact token string, so `/auth/verify` skips the
 * EdDSA verification for a token it has already verified. Only verified tokens get in (an
 * attacker cannot fill it with forgeries), at most `maxEntries` of them: the least recently
 * used one is dropped first. An entry lives until the token's `exp`, never beyond, so an
 * expired token goes back to the full check (which may still accept it within the clock skew).
 *
 * It caches the signature check only: callers must still ask the RevocationView on every
 * request, cached or not, so a revoked session is refused at once.
 */
export class VerifiedTokenCache {
  // A Map iterates in insertion order: re-inserting on each hit keeps the oldest use first.
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
    }
  }

  /** The identity of a verified, unexpired token; undefined otherwise. */
  get(token: string): TokenIdentity | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) {
      return undefined;
    }
    this.entries.delete(token);
    if (entry.expiresAtMs <= this.now()) {
      return undefined;
    }
    this.entries.set(token, entry);
    return entry.identity;
  }

  /** Records a token whose signature and claims were just verified. */
  set(token: string, identity: TokenIdentity, expiresAtSeconds: number): void {
    const expiresAtMs = expiresAtSeconds * 1000;
    if (expiresAtMs <= this.now()) {
      return;
    }
    this.entries.delete(token);
    this.entries.set(token, { identity, expiresAtMs });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) {
        this.entries.delete(oldest.value);
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
