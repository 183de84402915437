import { timingSafeEqual } from 'node:crypto';

/** The header in which the gateway proves that a subgraph fetch comes from it. */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/**
 * Whether `header` (the request's `x-gateway-secret`) equals the gateway's shared secret.
 *
 * The subgraph binds to loopback, yet any process on this host could call it with a forged
 * `X-Auth-User` and act as an administrator; only the gateway knows the secret. The comparison
 * runs in constant time so that response timing cannot reveal the secret byte by byte (only
 * its length, which the length check leaks and which the secret's entropy does not rest on).
 * A missing header, or a repeated one (an array), never matches.
 */
export function isFromGateway(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;

  const presented = Buffer.from(header, 'utf8');
  const expected = Buffer.from(secret, 'utf8');
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
