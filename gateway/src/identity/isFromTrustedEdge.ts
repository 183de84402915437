import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The header in which the edge proves it is the edge (docs/contracts/identity-header.md). */
export const EDGE_SECRET_HEADER = 'x-edge-secret';

/**
 * Whether a request came through the edge, so that its X-Auth-User may be believed.
 *
 * Binding to loopback keeps other machines out, but any process on this one could still
 * reach the gateway and claim to be any user. With EDGE_SECRET set, only a request that
 * carries the edge's secret is trusted with an identity; every other request is anonymous.
 * Without it (local development) every request is trusted, as documented.
 */
export function isFromTrustedEdge(
  headers: IncomingHttpHeaders,
  edgeSecret: string | undefined,
): boolean {
  if (!edgeSecret) return true;

  const presented = headers[EDGE_SECRET_HEADER];
  if (typeof presented !== 'string') return false;

  const expected = Buffer.from(edgeSecret);
  const actual = Buffer.from(presented);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
