import type { RevocationMessage } from './revocationMessage.js';

/** What `/auth/verify` knows about a token once its signature has been checked. */
export interface TokenIdentity {
  userId: string;
  sessionId: string;
  /** The token's `iat`, in seconds since the epoch. */
  issuedAtSeconds: number;
}

/**
 * The in-memory view of recent revocations that `/auth/verify` consults instead of
 * PostgreSQL: revoked session ids, and deactivated users with the time of deactivation.
 *
 * It only ever grows by merging (pub/sub messages and resyncs add, never remove), so a resync
 * that read PostgreSQL just before a change cannot erase a message that arrived meanwhile.
 * Entries older than the horizon (the access-token lifetime plus clock skew) are pruned: every
 * token they could refuse has expired by then anyway. A reactivated user needs no removal:
 * tokens issued after the deactivation time are accepted again.
 */
export class RevocationView {
  private readonly sessions = new Map<string, number>();
  private readonly users = new Map<string, number>();

  constructor(
    /** Milliseconds an entry is kept; at least the longest time a token stays valid. */
    private readonly horizonMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  apply(message: RevocationMessage): void {
    const at = Date.parse(message.at);
    if (message.type === 'user-deactivated') {
      this.addUser(message.userId, at);
      return;
    }
    for (const sessionId of message.sessionIds) {
      this.addSession(sessionId, at);
    }
  }

  addSession(sessionId: string, revokedAtMs: number): void {
    this.sessions.set(sessionId, Math.max(revokedAtMs, this.sessions.get(sessionId) ?? 0));
  }

  addUser(userId: string, deactivatedAtMs: number): void {
    this.users.set(userId, Math.max(deactivatedAtMs, this.users.get(userId) ?? 0));
  }

  /**
   * Whether a correctly signed token must still be refused. `iat` has whole seconds: a token
   * of an earlier second than the deactivation is refused by the user entry, one of the same
   * second is not (it may come from a sign-in after a quick reactivation). Those rely on their
   * session, which the deactivation revoked in its transaction (see startSession for the
   * race with a sign-in).
   */
  refuses(token: TokenIdentity): boolean {
    if (this.sessions.has(token.sessionId)) {
      return true;
    }
    const deactivatedAt = this.users.get(token.userId);
    return deactivatedAt !== undefined && token.issuedAtSeconds < Math.floor(deactivatedAt / 1000);
  }

  prune(): void {
    const oldest = this.now() - this.horizonMs;
    for (const entries of [this.sessions, this.users]) {
      for (const [id, at] of entries) {
        if (at < oldest) {
          entries.delete(id);
        }
      }
    }
  }

  get size(): { sessions: number; users: number } {
    return { sessions: this.sessions.size, users: this.users.size };
  }
}
