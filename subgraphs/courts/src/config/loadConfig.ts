/** Runtime environment; demo data is seeded only in `development`. */
export type NodeEnv = 'development' | 'test' | 'production';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** Bind address; loopback by default so only the gateway can reach the subgraph. */
  host: string;
  /** TCP port, 0..65535; 0 picks a free port. */
  port: number;
  nodeEnv: NodeEnv;
  /**
   * `MIGRATE_ON_START` (`true` by default): whether start-up creates the database when missing
   * and applies pending migrations. `false` when a separate step runs `node dist/migrate.js`
   * first (a Kubernetes init container); start-up then refuses to serve an older schema.
   */
  migrateOnStart: boolean;
  /** postgres:// URL of this service's own database; created when missing. */
  databaseUrl: string;
  /** redis:// URL of the permission cache (read only). */
  redisUrl: string;
  logLevel: LogLevel;
  /**
   * `GATEWAY_SECRET`: when set (32+ characters, no whitespace), `X-Auth-User` is believed only
   * on requests whose `X-Gateway-Secret` equals it; null (unset) trusts every caller. Never log.
   */
  gatewaySecret: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid environment variable ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

const NODE_ENVS: readonly NodeEnv[] = ['development', 'test', 'production'];
const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

function pickOne<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${raw}"`);
}

function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function readPort(env: NodeJS.ProcessEnv): number {
  const raw = env['PORT'];
  if (raw === undefined || raw === '') return 4002;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65_535) {
    throw new ConfigError('PORT', `expected an integer from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function readUrl(env: NodeJS.ProcessEnv, name: string, protocols: string[], fallback: string) {
  const raw = env[name] || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `expected a URL such as ${fallback}`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL such as ${fallback}`);
  }
  return raw;
}

/** Shortest `GATEWAY_SECRET` accepted; the gateway holds its own secrets to the same floor. */
const GATEWAY_SECRET_MIN_LENGTH = 32;

/** Unset or empty means "no secret". The message never repeats the value: it is a secret. */
function readGatewaySecret(env: NodeJS.ProcessEnv): string | null {
  const raw = env['GATEWAY_SECRET'];
  if (raw === undefined || raw === '') return null;
  if (raw.length < GATEWAY_SECRET_MIN_LENGTH || /\s/u.test(raw)) {
    throw new ConfigError(
      'GATEWAY_SECRET',
      `expected at least ${GATEWAY_SECRET_MIN_LENGTH} characters with no whitespace, ` +
        'such as the output of `openssl rand -hex 32`',
    );
  }
  return raw;
}

/** Reads and checks every setting once, at start; a bad value names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = readUrl(
    env,
    'DATABASE_URL',
    ['postgres:', 'postgresql:'],
    'postgres://postgres@127.0.0.1:5432/courtgraph_courts',
  );
  if (new URL(databaseUrl).pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL', 'the URL must name a database, e.g. /courtgraph_courts');
  }
  return {
    host: env['HOST'] || '127.0.0.1',
    port: readPort(env),
    nodeEnv: pickOne(env, 'NODE_ENV', NODE_ENVS, 'development'),
    migrateOnStart: readBoolean(env, 'MIGRATE_ON_START', true),
    databaseUrl,
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379/0'),
    logLevel: pickOne(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    gatewaySecret: readGatewaySecret(env),
  };
}
