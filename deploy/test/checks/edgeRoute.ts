/**
 * One route of an edge (Caddy or Traefik) reduced to what the identity contract is about, so
 * that the two proxies' configurations can be compared field by field.
 */
export interface EdgeRoute {
  /** The exact path matched; null for the catch-all. */
  path: string | null;
  /** Whether a client-sent header of this name is gone before the request is proxied. */
  deletes(header: string): boolean;
  /** The ForwardAuth step, when the route has one. */
  verify?: VerifyStep;
  /** Whether every header deletion the route makes comes before its ForwardAuth step. */
  stripsBeforeVerify: boolean;
  /** The path the upstream sees, when the route rewrites it. */
  rewrite?: string;
  /** The service the request is proxied to (gateway, users), or none (Caddy's own answer). */
  upstream?: string;
}

export interface VerifyStep {
  /** The service asked (users). */
  service: string;
  path: string;
  /** The query sent to verify, fixed by the edge ('' for none). */
  query: string;
  /** Response headers copied onto the request, lower case, sorted. */
  copies: string[];
  /** Traefik's trustForwardHeader; Caddy trusts no forwarded header unless told to. */
  trustsForwardedHeaders: boolean;
}

/** A header name pattern as Caddy writes it: exact, or a prefix ending in `*`; any case. */
export function matchesPattern(pattern: string, header: string): boolean {
  const p = pattern.toLowerCase();
  const h = header.toLowerCase();
  return p.endsWith('*') ? h.startsWith(p.slice(0, -1)) : p === h;
}
