import { ConfigError } from './ConfigError.js';

export type NodeEnv = 'development' | 'test' | 'production';

export interface GatewayConfig {
  /** Bind address. Default 127.0.0.1: only the edge on this host may reach the gateway. */
  host: string;
  /** TCP port, 0 picks a free one. Default 4000. */
  port: number;
  nodeEnv: NodeEnv;
  /** pino level. Default `info`. */
  logLevel: string;
  /** Path of the composed supergraph SDL. Default: `schema/supergraph.graphql` of the repo. */
  supergraphPath: string;
  /**
   * Routing URL overrides per subgraph name, from `SUBGRAPH_<NAME>_URL`
   * (e.g. SUBGRAPH_USERS_URL). Subgraphs not named keep the URL composed into the supergraph.
   */
  subgraphUrls: Record<string, string>;
  /** Milliseconds a subgraph fetch may take before it fails. Default 10000, 100..120000. */
  subgraphTimeoutMs: number;
  /**
   * `EDGE_SECRET`: when set (at least 32 characters), X-Auth-User is believed only on requests
   * that carry it in X-Edge-Secret, which the edge adds. Unset: every caller is trusted, which
   * is acceptable only where nothing but the edge can reach the gateway.
   */
  edgeSecret: string | undefined;
  /**
   * `GATEWAY_SECRET`: sent to every subgraph in X-Gateway-Secret; a subgraph configured with
   * the same value believes X-Auth-User only from requests that carry it. At least 32
   * characters. Unset: no secret is sent.
   */
  gatewaySecret: string | undefined;
  /**
   * `GRAPHQL_INTROSPECTION` (true or false): whether clients may ask for the schema. Default
   * true, and false when NODE_ENV is production: the API schema is no secret (it is in the
   * repository), but a production endpoint should not hand every caller a map of it unless
   * the operator says so, e.g. for the playground.
   */
  introspection: boolean;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVS: readonly NodeEnv[] = ['development', 'test', 'production'];
const SUBGRAPH_URL_VARIABLE = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;

/** Reads and checks the gateway's configuration once at start; a bad value names its variable. */
export function loadConfig(
  env: NodeJS.ProcessEnv,
  defaults: { supergraphPath: string },
): GatewayConfig {
  const nodeEnv = readChoice(env, 'NODE_ENV', NODE_ENVS, 'development');
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: readInteger(env, 'PORT', 4000, 0, 65_535),
    nodeEnv,
    logLevel: readChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    supergraphPath: env.SUPERGRAPH_PATH?.trim() || defaults.supergraphPath,
    subgraphUrls: readSubgraphUrls(env),
    subgraphTimeoutMs: readInteger(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, 100, 120_000),
    edgeSecret: readSecret(env, 'EDGE_SECRET', 32),
    gatewaySecret: readSecret(env, 'GATEWAY_SECRET', 32),
    introspection: readBoolean(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
  };
}

function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim();
  if (!raw) return fallback;

  if (raw !== 'true' && raw !== 'false') {
    throw new ConfigError(name, `must be true or false, got "${raw}"`);
  }
  return raw === 'true';
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;

  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function readChoice<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;

  if (!(choices as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${choices.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function readSecret(env: NodeJS.ProcessEnv, name: string, minLength: number): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;

  if (raw.length < minLength || /\s/.test(raw)) {
    throw new ConfigError(name, `must be at least ${minLength} characters with no spaces`);
  }
  return raw;
}

function readSubgraphUrls(env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [name, raw] of Object.entries(env)) {
    const match = SUBGRAPH_URL_VARIABLE.exec(name);
    if (!match?.[1] || !raw) continue;

    if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) {
      throw new ConfigError(name, `must be an http(s) URL such as http://127.0.0.1:4001/graphql`);
    }
    urls[match[1].toLowerCase()] = raw;
  }
  return urls;
}
