/**
 * One route of an edge (Caddy or Traefik) reduced to what the identity contract and the web
 * app's delivery are about, so that the two proxies' configurations can be compared.
 */
export interface EdgeRoute {
  /**
   * The paths matched, as Caddy writes them: `/graphql` exactly, `/graphql/*` or
   * `/playground*` by prefix. Empty for the catch-all.
   */
  paths: string[];
  /** Traefik's priority (the highest matching route wins); Caddy goes by order instead. */
  priority?: number;
  /** How the route answers: `proxy`, or the edge's own answer (`a JSON 404`, files). */
  answer: string;
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
  /** The static files served, when the answer is files. */
  files?: StaticFiles;
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

export interface StaticFiles {
  /** The response headers set for a request path, names as written. */
  headersFor(path: string): Record<string, string>;
  /** The file answered when the path names none (try_files' last entry), if any. */
  fallback?: string;
}

export const PROXY = 'proxy';
export const JSON_404 = 'a JSON 404';
export const filesOf = (app: string) => `the files of ${app}`;

/** A header name pattern as Caddy writes it: exact, or a prefix ending in `*`; any case. */
export function matchesPattern(pattern: string, header: string): boolean {
  const p = pattern.toLowerCase();
  const h = header.toLowerCase();
  return p.endsWith('*') ? h.startsWith(p.slice(0, -1)) : p === h;
}

/** Whether a request path matches a route path, exact or by `*` prefix (Caddy: any case). */
export function matchesPath(pattern: string, path: string): boolean {
  return matchesPattern(pattern, path);
}

/** How messages name a route: its paths, or the catch-all. */
export function routeLabel(route: Pick<EdgeRoute, 'paths'>): string {
  return route.paths.length === 0 ? 'the catch-all route' : route.paths.join(' ');
}
