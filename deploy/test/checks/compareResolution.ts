import { type EdgeRoute, matchesPath, routeLabel } from './edgeRoute.js';

/** Paths every edge must place alike besides those its routes name: pages and assets. */
const APP_PATHS = ['/', '/courts/42', '/admin/users', '/assets/index-0a1b2c.js'];

/**
 * Which route answers a request path: Caddy tries its routes in order, Traefik takes the
 * matching route of highest priority. A route that exists on both edges is not enough: an
 * exact path outranked by a prefix (/dashboard/graphql by /dashboard/) would never be used.
 * Each sample path (every route's own paths, just inside and beside them) must land on the
 * route of the same paths on both edges.
 */
export function compareResolution(caddy: EdgeRoute[], traefik: EdgeRoute[]): string[] {
  const problems: string[] = [];
  for (const path of samplePaths([...caddy, ...traefik])) {
    const expected = caddy.find((route) => takes(route, path));
    const matching = traefik.filter((route) => takes(route, path));
    const best = Math.max(...matching.map((route) => route.priority ?? 0));
    const winners = matching.filter((route) => (route.priority ?? 0) === best);
    if (winners.length > 1) {
      const labels = winners.map(routeLabel).join('; ');
      problems.push(`${path}: Traefik routes of equal priority ${best} both take it (${labels}).`);
      continue;
    }
    const [want, got] = [expected && routeLabel(expected), winners[0] && routeLabel(winners[0])];
    if (want !== got) {
      problems.push(
        `${path}: Caddy answers it with ${want ?? 'no route'}, Traefik with ${got ?? 'no route'}.`,
      );
    }
  }
  return problems;
}

function takes(route: EdgeRoute, path: string): boolean {
  return route.paths.length === 0 || route.paths.some((pattern) => matchesPath(pattern, path));
}

function samplePaths(routes: EdgeRoute[]): string[] {
  const paths = new Set(APP_PATHS);
  for (const pattern of routes.flatMap((route) => route.paths)) {
    const base = pattern.replace(/\*$/, '');
    for (const path of [base, `${base}x`, `${base.replace(/\/$/, '')}/x`]) paths.add(path);
  }
  return [...paths].sort();
}
