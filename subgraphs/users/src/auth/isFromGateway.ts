import { timingSafeEqual } from 'node:crypto';

/**
 * Whether a request's `X-Gateway-Secret` equals the configured `GATEWAY_SECRET`, which proves
 * it came through the gateway rather than from another process that can reach this port.
 * Anything but one string value (missing, repeated as an array) never matches.
 *
 * The comparison takes the same time wherever the first differing byte is, so response times
 * do not reveal the secret byte by byte. Only its length can leak, through the length check
 * that `timingSafeEqual` needs (it throws on buffers of different lengths).
 */
export function isFromGateway(presented: unknown, secret: string): boolean {
  if (typeof presented !== 'string') {
    return false;
  }
  const given = Buffer.from(presented, 'utf8');
  const expected = Buffer.from(secret, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
