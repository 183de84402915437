import { type EdgeRoute, PROXY, routeLabel, type StaticFiles } from './edgeRoute.js';
import { compareResolution } from './compareResolution.js';

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

/** Request paths whose response headers the web app must get alike from both edges. */
const FILE_PATHS = ['/', '/index.html', '/courts/42', '/assets/index-0a1b2c.js'];

/**
 * Every way the Traefik routes differ from Caddy's in what the identity contract and the web
 * app's delivery care about, as sentences naming the route and the fix; empty when they agree.
 */
export function compareEdges(caddy: EdgeRoute[], traefik: EdgeRoute[]): string[] {
  const problems: string[] = [];

  for (const expected of caddy) {
    const actual = traefik.find((route) => routeLabel(route) === routeLabel(expected));
    const where = `${routeLabel(expected)}:`;
    if (!actual) {
      problems.push(`${where} edge/Caddyfile routes it, k8s/base/traefik has no such route.`);
      continue;
    }
    if (expected.answer !== actual.answer) {
      problems.push(`${where} Caddy answers ${expected.answer}, Traefik ${actual.answer}.`);
      continue;
    }
    if (expected.files && actual.files) {
      problems.push(...compareFiles(where, expected.files, actual.files));
    }
    if (expected.answer !== PROXY) continue;
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
    if (!caddy.some((expected) => routeLabel(expected) === routeLabel(route))) {
      problems.push(`${routeLabel(route)}: Traefik routes it, edge/Caddyfile does not.`);
    }
  }
  return [...problems, ...compareResolution(caddy, traefik)];
}

/** The same headers on every kind of path (page, app address, hashed asset), same fallback. */
function compareFiles(where: string, expected: StaticFiles, actual: StaticFiles): string[] {
  const problems: string[] = [];
  for (const path of FILE_PATHS) {
    const [want, got] = [expected.headersFor(path), actual.headersFor(path)];
    for (const name of new Set([...Object.keys(want), ...Object.keys(got)])) {
      if (want[name] !== got[name]) {
        problems.push(
          `${where} for ${path} Caddy sets ${name}: ${want[name] ?? 'nothing'}, ` +
            `the web image ${got[name] ?? 'nothing'}.`,
        );
      }
    }
  }
  if (expected.fallback !== actual.fallback) {
    problems.push(
      `${where} Caddy falls back to ${expected.fallback ?? 'nothing'}, ` +
        `the web image to ${actual.fallback ?? 'nothing'}.`,
    );
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
