import type { StaticFiles } from './edgeRoute.js';
import { matchesPath } from './edgeRoute.js';

export interface CaddyMatcher {
  path?: string[];
  not?: CaddyMatcher[];
  file?: { try_files?: string[] };
}

export interface CaddyHandler {
  handler: string;
  routes?: CaddyRoute[];
  request?: { delete?: string[]; set?: Record<string, string[]> };
  response?: { set?: Record<string, string[]> };
  headers?: Record<string, string[]>;
  upstreams?: { dial: string }[];
  rewrite?: { uri?: string };
  uri?: string;
  handle_response?: { routes?: CaddyRoute[] }[];
  trusted_proxies?: string[];
  root?: string;
  status_code?: number | string;
  body?: string;
}

export interface CaddyRoute {
  match?: CaddyMatcher[];
  handle?: CaddyHandler[];
}

/** Whether a Caddy matcher set (path, not path; a file matcher passes) takes a request path. */
function matches(match: CaddyMatcher[] | undefined, path: string): boolean {
  if (!match || match.length === 0) return true;
  return match.some(
    (m) =>
      (m.path ?? ['*']).some((p) => p === '*' || matchesPath(p, path)) &&
      !(m.not ?? []).some((n) => matches([n], path)),
  );
}

/**
 * The file server of a list of Caddy routes (a `handle` block of the edge, or the web
 * image's whole server): the response headers each request path gets, and the fallback file.
 */
export function readStaticFiles(routes: CaddyRoute[]): StaticFiles {
  const fallback = routes
    .flatMap((route) => route.match ?? [])
    .flatMap((match) => match.file?.try_files ?? [])
    .at(-1);
  const headersFor = (path: string): Record<string, string> => {
    const headers: Record<string, string> = {};
    const visit = (list: CaddyRoute[]) => {
      for (const route of list) {
        if (!matches(route.match, path)) continue;
        for (const handler of route.handle ?? []) {
          if (handler.handler === 'subroute') visit(handler.routes ?? []);
          for (const [name, values] of Object.entries(handler.response?.set ?? {})) {
            headers[name] = values.join(', ');
          }
        }
      }
    };
    visit(routes);
    return headers;
  };
  return { headersFor, ...(fallback && !fallback.startsWith('{') ? { fallback } : {}) };
}

/** Every route list of a Caddy config's single server, as `caddy adapt` printed it. */
export function serverRoutes(config: unknown, name: string): CaddyRoute[] {
  const servers = Object.values(
    (config as { apps: { http: { servers: Record<string, { routes: CaddyRoute[] }> } } }).apps.http
      .servers,
  );
  if (servers.length !== 1) throw new Error(`${name} must define exactly one server.`);
  return servers[0]!.routes;
}
