import type { IngressRouteSpec, K8sObject, MiddlewareSpec } from '../support/k8sObjects.js';
import { named, ofKind } from '../support/k8sObjects.js';
import {
  type EdgeRoute,
  filesOf,
  JSON_404,
  PROXY,
  type StaticFiles,
  type VerifyStep,
} from './edgeRoute.js';

const RULE_TERM = /^(Path|PathPrefix)\(`([^`]+)`\)$/;
/** `http://<service>.<namespace>.svc.cluster.local:<port>/...`, the form Traefik needs. */
const SERVICE_HOST = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/;
/** Paths a rewrite to the gateway must avoid to get its JSON 404: they serve the real API. */
const SERVING_PATHS = ['/graphql', '/health', '/.well-known'];

/**
 * The routes of the rendered IngressRoute(s), with their middleware chains expanded.
 * `staticServers` are the Services that serve an app's files (web), with how they serve them.
 */
export function readTraefikEdge(
  objects: K8sObject[],
  staticServers: Map<string, StaticFiles>,
): EdgeRoute[] {
  return ofKind<IngressRouteSpec>(objects, 'IngressRoute').flatMap((ingressRoute) =>
    ingressRoute.spec.routes.map((route) => {
      const paths = readRule(route.match);
      const steps = (route.middlewares ?? []).flatMap(({ name }) => expand(objects, name));
      const read = readSteps(paths, steps, route.services[0]?.name, staticServers);
      // Traefik's default priority is the length of the rule.
      return { ...read, priority: route.priority ?? route.match.length };
    }),
  );
}

/** `Path(`/a`) || PathPrefix(`/b/`)` as Caddy paths (`/a`, `/b/*`); PathPrefix(`/`): all. */
function readRule(rule: string): string[] {
  const paths: string[] = [];
  for (const term of rule.split(/\s*\|\|\s*/)) {
    const [, kind, path] = RULE_TERM.exec(term.trim()) ?? [];
    if (!kind || !path) {
      throw new Error(`unsupported rule ${rule}: use Path(\`/x\`) and PathPrefix(\`/x\`) with ||`);
    }
    if (kind === 'PathPrefix' && path === '/') return [];
    paths.push(kind === 'Path' ? path : `${path}*`);
  }
  return paths.sort();
}

/** A chain becomes its members, in order, recursively. */
function expand(objects: K8sObject[], name: string): MiddlewareSpec[] {
  const { spec } = named<MiddlewareSpec>(objects, 'Middleware', name);
  return spec.chain ? spec.chain.middlewares.flatMap((m) => expand(objects, m.name)) : [spec];
}

function readSteps(
  paths: string[],
  steps: MiddlewareSpec[],
  upstream: string | undefined,
  staticServers: Map<string, StaticFiles>,
): EdgeRoute {
  const deletedNames: string[] = [];
  const deletedRegexes: RegExp[] = [];
  let verify: VerifyStep | undefined;
  let stripsBeforeVerify = true;
  let rewrite: string | undefined;

  for (const step of steps) {
    const removed = Object.entries(step.headers?.customRequestHeaders ?? {})
      .filter(([, value]) => value === '')
      .map(([name]) => name);
    if (removed.length > 0 && verify) stripsBeforeVerify = false;
    deletedNames.push(...removed);
    if (step.forwardAuth) {
      const auth = step.forwardAuth;
      const address = new URL(auth.address);
      const service = SERVICE_HOST.exec(address.hostname)?.[1] ?? `not a service ${address.host}`;
      // On 2xx Traefik deletes the client's copy of each named or matching header, then sets
      // the verify answer's value (docs: forwardAuth authResponseHeaders).
      deletedNames.push(...(auth.authResponseHeaders ?? []));
      if (auth.authResponseHeadersRegex) {
        deletedRegexes.push(new RegExp(auth.authResponseHeadersRegex, 'i'));
      }
      verify = {
        service,
        path: address.pathname,
        query: address.search.replace(/^\?/, ''),
        copies: (auth.authResponseHeaders ?? []).map((name) => name.toLowerCase()).sort(),
        // Unset means "true" in older Traefik releases: only an explicit false counts.
        trustsForwardedHeaders: auth.trustForwardHeader !== false,
      };
    }
    if (step.replacePath) rewrite = step.replacePath.path;
  }

  const lower = deletedNames.map((name) => name.toLowerCase());
  const files = upstream === undefined ? undefined : staticServers.get(upstream);
  return {
    paths,
    answer: answerOf(upstream, rewrite, files),
    deletes: (header) =>
      lower.includes(header.toLowerCase()) || deletedRegexes.some((r) => r.test(header)),
    ...(verify ? { verify } : {}),
    stripsBeforeVerify,
    ...(rewrite ? { rewrite } : {}),
    ...(upstream ? { upstream } : {}),
    ...(files ? { files } : {}),
  };
}

/**
 * Traefik cannot answer by itself: a JSON 404 is the gateway's own answer to a path it does
 * not serve (its rejectUnknownRoutes), and files come from a Service that serves them.
 */
function answerOf(upstream?: string, rewrite?: string, files?: StaticFiles): string {
  if (files && upstream) return filesOf(upstream);
  const unserved = rewrite !== undefined && !SERVING_PATHS.some((p) => rewrite.startsWith(p));
  return upstream === 'gateway' && unserved ? JSON_404 : PROXY;
}
