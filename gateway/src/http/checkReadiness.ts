import type { SubgraphRoutes } from '../supergraph/createGateway.js';

export interface Readiness {
  ready: boolean;
  subgraphs: Record<string, 'ok' | 'unreachable'>;
}

/** Milliseconds a subgraph has to answer its readiness probe. */
const PROBE_TIMEOUT_MS = 1_000;

/**
 * The gateway is ready when every subgraph says it is ready: answering GraphQL without them
 * would only turn each request into an error. Probes run in parallel.
 */
export async function checkReadiness(routes: SubgraphRoutes): Promise<Readiness> {
  const entries = await Promise.all(
    [...routes].map(async ([name, url]) => [name, await probe(url)] as const),
  );
  const subgraphs = Object.fromEntries(entries);
  return { ready: entries.every(([, state]) => state === 'ok'), subgraphs };
}

async function probe(graphqlUrl: string): Promise<'ok' | 'unreachable'> {
  try {
    const response = await fetch(new URL('/health/ready', graphqlUrl), {
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return response.ok ? 'ok' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}
