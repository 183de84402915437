import { isUuid } from '../ids/isUuid.js';

/**
 * The caller's user id from `X-Auth-User`, lowercased, or `null` for anonymous.
 *
 * The gateway already checks the header; we check again (defence in depth, see
 * docs/contracts/identity-header.md): a missing or empty header, Caddy's literal placeholder
 * text, a repeated header (an array, or Node's comma-joined form) or any other non-UUID string
 * counts as anonymous, which is safe because anonymous holds no rights.
 */
export function parseIdentity(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  return isUuid(header) ? header.toLowerCase() : null;
}
