/** The header in which the edge passes the verified user id (docs/contracts/identity-header.md). */
export const IDENTITY_HEADER = 'x-auth-user';

/** The header in which the edge passes the session of the caller's access token. */
export const SESSION_HEADER = 'x-auth-session';

const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Returns the verified user id, or null for anonymous.
 *
 * Only a single well-formed UUID counts. Anything else (a missing or empty header, Caddy
 * 2.6.2's literal placeholder text when the verify answer lacked the header, a repeated
 * header, a name) means anonymous: the safe default, since the edge is the only party that
 * can vouch for an identity and it always sends exactly one UUID.
 */
export function readIdentity(value: string | string[] | undefined): string | null {
  if (typeof value !== 'string') return null;

  const candidate = value.trim();
  return USER_ID.test(candidate) ? candidate.toLowerCase() : null;
}
