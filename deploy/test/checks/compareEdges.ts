import type { EdgeRoute } from './edgeRoute.js';

/**
 * Client-sent headers whose fate both edges must agree on. Caddy deletes by wildcard
 * (X-Auth-*, X-Forwarded-*, X-Edge-*) and Traefik's headers middleware has no wildcard, so
 * the names are those something downstream reads, plus an unknown X-Auth-* (which Traefik's
 * forwardAuth regex covers) and two headers that must survive (credentials, request id).
 */
export const PROBE_HEADERS = [
  'X-Auth-User',
  'X-Auth-Session',
  'X-Auth-Role',
  'X-Edge-Secret',
  'X-Forwarded-For',
  'X-Forwarded-Host',
  'X-Forwarded-Method',
  'X-Forwarded-Port',
  'X-Forwarded-Prefix',
  'X-Forwarded-Proto',
  'X-Forwarded-Server',
  'X-Forwarded-Uri',
  'X-Real-Ip',
  'Authorization',
  'X-Request-Id',
];

/** Paths an unknown-route rewrite must never land on: they would serve the real API. */
const SERVING_PATHS = ['/graphql', '/health', '/.well-known'];

/**
 * Every way the Traefik routes differ from Caddy's in what the identity contract cares
 * about, as sentences naming the route and the fix; empty when they enforce the same.
 */
export function compareEdges(caddy: EdgeRoute[], traefik: EdgeRoute[]): string[] {
  const problems: string[] = [];
  const label = (path: string | null) => (path === null ? 'the catch-all route' : path);

  for (const expected of caddy) {
    const actual = traefik.find((route) => route.path === expected.path);
    const where = `${label(expected.path)}:`;
    if (!actual) {
      problems.push(`${where} edge/Caddyfile routes it, k8s/base/traefik has no such route.`);
      continue;
    }
    if (expected.path === null) {
      if (!actual.rewrite || SERVING_PATHS.some((p) => actual.rewrite!.startsWith(p))) {
        problems.push(`${where} must replace the path with one no service serves (JSON 404).`);
      }
      continue;
    }
    for (const header of PROBE_HEADERS) {
      if (expected.deletes(header) !== actual.deletes(header)) {
        const verb = expected.deletes(header) ? 'deletes' : 'keeps';
        problems.push(`${where} Caddy ${verb} a client-sent ${header}, Traefik does not.`);
      }
    }
    problems.push(...compareVerify(where, expected, actual));
    if ((expected.rewrite ?? null) !== (actual.rewrite ?? null)) {
      problems.push(
        `${where} Caddy rewrites to ${expected.rewrite ?? 'nothing'}, ` +
          `Traefik to ${actual.rewrite ?? 'nothing'}.`,
      );
    }
    if (expected.upstream !== actual.upstream) {
      problems.push(
        `${where} Caddy proxies to ${expected.upstream ?? 'nothing'}, ` +
          `Traefik to ${actual.upstream ?? 'nothing'}.`,
      );
    }
  }
  for (const route of traefik) {
    if (!caddy.some((expected) => expected.path === route.path)) {
      problems.push(`${label(route.path)}: Traefik routes it, edge/Caddyfile does not.`);
    }
  }
  return problems;
}

function compareVerify(where: string, expected: EdgeRoute, actual: EdgeRoute): string[] {
  const problems: string[] = [];
  const [want, got] = [expected.verify, actual.verify];
  if (!want || !got) {
    if (want || got) {
      problems.push(`${where} ForwardAuth is ${want ? 'missing in Traefik' : 'extra in Traefik'}.`);
    }
    return problems;
  }
  if (want.service !== got.service || want.path !== got.path || want.query !== got.query) {
    problems.push(
      `${where} Caddy verifies at ${want.service} ${want.path}?${want.query}, ` +
        `Traefik at ${got.service} ${got.path}?${got.query}.`,
    );
  }
  if (want.copies.join() !== got.copies.join()) {
    problems.push(
      `${where} Caddy copies ${want.copies.join(', ')} from verify, ` +
        `Traefik ${got.copies.join(', ')}.`,
    );
  }
  if (got.trustsForwardedHeaders) {
    problems.push(`${where} forwardAuth must set trustForwardHeader: false.`);
  }
  if (expected.stripsBeforeVerify && !actual.stripsBeforeVerify) {
    problems.push(`${where} the headers middleware must come before forwardAuth.`);
  }
  return problems;
}
