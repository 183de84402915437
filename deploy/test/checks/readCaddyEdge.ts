import { type EdgeRoute, matchesPattern, type VerifyStep } from './edgeRoute.js';

interface CaddyHandler {
  handler: string;
  routes?: CaddyRoute[];
  request?: { delete?: string[]; set?: Record<string, string[]> };
  upstreams?: { dial: string }[];
  rewrite?: { uri?: string };
  uri?: string;
  handle_response?: { routes?: CaddyRoute[] }[];
  trusted_proxies?: string[];
}

interface CaddyRoute {
  match?: { path?: string[] }[];
  handle?: CaddyHandler[];
}

interface CaddyConfig {
  apps: { http: { servers: Record<string, { routes: CaddyRoute[] }> } };
}

/**
 * The routes of the adapted edge/Caddyfile (`caddy adapt` JSON), in order. `services` maps an
 * upstream's `host:port` to the service listening there by default (127.0.0.1:4000, gateway).
 */
export function readCaddyEdge(config: unknown, services: Map<string, string>): EdgeRoute[] {
  const servers = Object.values((config as CaddyConfig).apps.http.servers);
  if (servers.length !== 1) throw new Error('edge/Caddyfile must define exactly one server.');
  return servers[0]!.routes.map((route) => readRoute(route, services));
}

function readRoute(route: CaddyRoute, services: Map<string, string>): EdgeRoute {
  const paths = route.match?.flatMap((match) => match.path ?? []) ?? [];
  if (paths.length > 1) throw new Error(`one path per Caddy handle, got ${paths.join(', ')}`);
  const deleted: string[] = [];
  let verify: VerifyStep | undefined;
  let stripsBeforeVerify = true;
  let rewrite: string | undefined;
  let upstream: string | undefined;

  const serviceOf = (handler: CaddyHandler): string => {
    const dial = handler.upstreams?.[0]?.dial ?? '';
    return services.get(dial) ?? `unknown upstream ${dial}`;
  };
  const visit = (handlers: CaddyHandler[]): void => {
    for (const handler of handlers) {
      if (handler.handler === 'subroute') {
        for (const sub of handler.routes ?? []) visit(sub.handle ?? []);
      } else if (handler.handler === 'headers' && handler.request?.delete) {
        deleted.push(...handler.request.delete);
        if (verify) stripsBeforeVerify = false;
      } else if (handler.handler === 'reverse_proxy' && handler.handle_response) {
        // forward_auth: a reverse_proxy whose 2xx answer sets request headers.
        const uri = new URL(handler.rewrite?.uri ?? '', 'http://edge');
        const copied = handler.handle_response
          .flatMap((response) => response.routes ?? [])
          .flatMap((sub) => sub.handle ?? [])
          .flatMap((sub) => Object.keys(sub.request?.set ?? {}));
        verify = {
          service: serviceOf(handler),
          path: uri.pathname,
          query: uri.search.replace(/^\?/, ''),
          copies: copied.map((name) => name.toLowerCase()).sort(),
          trustsForwardedHeaders: (handler.trusted_proxies ?? []).length > 0,
        };
      } else if (handler.handler === 'rewrite') {
        rewrite = handler.uri;
      } else if (handler.handler === 'reverse_proxy') {
        upstream = serviceOf(handler);
      }
    }
  };
  visit(route.handle ?? []);

  return {
    path: paths[0] ?? null,
    deletes: (header) => deleted.some((pattern) => matchesPattern(pattern, header)),
    ...(verify ? { verify } : {}),
    stripsBeforeVerify,
    ...(rewrite ? { rewrite } : {}),
    ...(upstream ? { upstream } : {}),
  };
}
