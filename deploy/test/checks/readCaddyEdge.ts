import {
  type EdgeRoute,
  filesOf,
  JSON_404,
  matchesPattern,
  PROXY,
  type StaticFiles,
  type VerifyStep,
} from './edgeRoute.js';
import {
  type CaddyHandler,
  type CaddyRoute,
  readStaticFiles,
  serverRoutes,
} from './readStaticFiles.js';

/**
 * The routes of the adapted edge/Caddyfile (`caddy adapt` JSON), in the order Caddy tries
 * them. `services` maps an upstream's `host:port` to the service listening there by default
 * (127.0.0.1:4000, gateway).
 */
export function readCaddyEdge(config: unknown, services: Map<string, string>): EdgeRoute[] {
  return serverRoutes(config, 'edge/Caddyfile').map((route) => readRoute(route, services));
}

function readRoute(route: CaddyRoute, services: Map<string, string>): EdgeRoute {
  const paths = (route.match ?? []).flatMap((match) => match.path ?? []).sort();
  const deleted: string[] = [];
  let verify: VerifyStep | undefined;
  let stripsBeforeVerify = true;
  let rewrite: string | undefined;
  let upstream: string | undefined;
  let answer: string | undefined;
  let files: StaticFiles | undefined;
  let jsonType = false;

  const serviceOf = (handler: CaddyHandler): string => {
    const dial = handler.upstreams?.[0]?.dial ?? '';
    return services.get(dial) ?? `unknown upstream ${dial}`;
  };
  const visit = (handlers: CaddyHandler[], siblings: CaddyRoute[]): void => {
    for (const handler of handlers) {
      if (handler.handler === 'subroute') {
        for (const sub of handler.routes ?? []) visit(sub.handle ?? [], handler.routes ?? []);
      } else if (handler.handler === 'headers' && handler.request?.delete) {
        deleted.push(...handler.request.delete);
        if (verify) stripsBeforeVerify = false;
      } else if (handler.handler === 'headers') {
        const type = handler.response?.set?.['Content-Type']?.[0];
        if (type !== undefined) jsonType = type === 'application/json';
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
      } else if (handler.handler === 'rewrite' && handler.uri?.startsWith('/')) {
        rewrite = handler.uri;
      } else if (handler.handler === 'reverse_proxy') {
        upstream = serviceOf(handler);
        answer = PROXY;
      } else if (handler.handler === 'static_response') {
        answer = staticAnswer(handler, jsonType);
      } else if (handler.handler === 'file_server') {
        // The app is the root's first folder: WEB_ROOT=web/dist, PLAYGROUND_ROOT=playground/dist.
        const root = rootOf(siblings) ?? 'an unknown root';
        answer = filesOf(root.split('/')[0]!);
        files = readStaticFiles(siblings);
      }
    }
  };
  visit(route.handle ?? [], [route]);

  return {
    paths,
    answer: answer ?? 'nothing',
    deletes: (header) => deleted.some((pattern) => matchesPattern(pattern, header)),
    ...(verify ? { verify } : {}),
    stripsBeforeVerify,
    ...(rewrite ? { rewrite } : {}),
    ...(upstream ? { upstream } : {}),
    ...(files ? { files } : {}),
  };
}

/** `respond` and `redir`: a JSON 404 in the shape of every edge refusal, or what else. */
function staticAnswer(handler: CaddyHandler, jsonType: boolean): string {
  const status = Number(handler.status_code ?? 200);
  const location = handler.headers?.['Location']?.[0];
  if (location !== undefined) return `a ${status} redirect to ${location}`;
  let code: unknown;
  try {
    code = (JSON.parse(handler.body ?? '') as { error?: { code?: unknown } }).error?.code;
  } catch {
    code = undefined;
  }
  return status === 404 && jsonType && code === 'NOT_FOUND' ? JSON_404 : `a ${status} answer`;
}

function rootOf(routes: CaddyRoute[]): string | undefined {
  return routes.flatMap((r) => r.handle ?? []).find((h) => h.handler === 'vars' && h.root)?.root;
}
