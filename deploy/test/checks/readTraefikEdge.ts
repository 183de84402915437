import type { IngressRouteSpec, K8sObject, MiddlewareSpec } from '../support/k8sObjects.js';
import { named, ofKind } from '../support/k8sObjects.js';
import type { EdgeRoute, VerifyStep } from './edgeRoute.js';

const PATH_RULE = /^Path\(`([^`]+)`\)$/;
const CATCH_ALL_RULE = /^PathPrefix\(`\/`\)$/;
/** `http://<service>.<namespace>.svc.cluster.local:<port>/...`, the form Traefik needs. */
const SERVICE_HOST = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/;

/** The routes of the rendered IngressRoute(s), with their middleware chains expanded. */
export function readTraefikEdge(objects: K8sObject[]): EdgeRoute[] {
  return ofKind<IngressRouteSpec>(objects, 'IngressRoute').flatMap((ingressRoute) =>
    ingressRoute.spec.routes.map((route) => {
      const path = PATH_RULE.exec(route.match)?.[1];
      if (path === undefined && !CATCH_ALL_RULE.test(route.match)) {
        throw new Error(`unsupported rule ${route.match}: use Path(\`/x\`) or PathPrefix(\`/\`)`);
      }
      const steps = (route.middlewares ?? []).flatMap(({ name }) => expand(objects, name));
      return readSteps(path ?? null, steps, route.services[0]?.name);
    }),
  );
}

/** A chain becomes its members, in order, recursively. */
function expand(objects: K8sObject[], name: string): MiddlewareSpec[] {
  const { spec } = named<MiddlewareSpec>(objects, 'Middleware', name);
  return spec.chain ? spec.chain.middlewares.flatMap((m) => expand(objects, m.name)) : [spec];
}

function readSteps(
  path: string | null,
  steps: MiddlewareSpec[],
  upstream: string | undefined,
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
  return {
    path,
    deletes: (header) =>
      lower.includes(header.toLowerCase()) || deletedRegexes.some((r) => r.test(header)),
    ...(verify ? { verify } : {}),
    stripsBeforeVerify,
    ...(rewrite ? { rewrite } : {}),
    ...(upstream ? { upstream } : {}),
  };
}
