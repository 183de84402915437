import { isUserId } from '../auth/isUserId.js';

/** The pub/sub channel every users replica publishes to and listens on (see revocations.md). */
export const REVOCATION_CHANNEL = 'courtgraph:revocations:v1';

/**
 * One revocation, as JSON on the channel. `at` is an ISO 8601 time: for sessions when they
 * were revoked, for a user when they were deactivated (tokens issued up to then are refused).
 */
export type RevocationMessage =
  | { type: 'sessions-revoked'; userId: string; sessionIds: string[]; at: string }
  | { type: 'user-deactivated'; userId: string; at: string };

/** Parses a channel message; anything malformed is undefined (and ignored by the caller). */
export function parseRevocationMessage(raw: string): RevocationMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const message = value as Record<string, unknown>;
  const { type, userId, at } = message;
  if (!isUserId(userId) || typeof at !== 'string' || Number.isNaN(Date.parse(at))) {
    return undefined;
  }
  if (type === 'user-deactivated') {
    return { type, userId: userId.toLowerCase(), at };
  }
  const sessionIds = message['sessionIds'];
  if (
    type === 'sessions-revoked' &&
    Array.isArray(sessionIds) &&
    sessionIds.every((id) => isUserId(id))
  ) {
    return { type, userId: userId.toLowerCase(), sessionIds: sessionIds.map(lower), at };
  }
  return undefined;
}

function lower(id: string): string {
  return id.toLowerCase();
}
