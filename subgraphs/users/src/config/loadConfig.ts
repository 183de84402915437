import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ConfigError } from '../errors/ConfigError.js';
import type { NodeEnv, UsersConfig } from './UsersConfig.js';

type Env = Record<string, string | undefined>;

const NODE_ENVS: readonly NodeEnv[] = ['development', 'test', 'production'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** Shortest accepted `GATEWAY_SECRET`: the gateway refuses shorter ones too. */
const GATEWAY_SECRET_MIN = 32;

/** The package root (`subgraphs/users`), whether running from `src/` or `dist/`. */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface LoadConfigOptions {
  /**
   * Whether production must have a signing key (default true). `migrate.js` passes false: the
   * migrate step touches no token, so it need not be handed the private key.
   */
  signingKeyRequired?: boolean;
}

/**
 * Reads and checks every setting once, at start. A bad value throws a `ConfigError` naming the
 * variable; nothing else in the service reads `process.env`.
 */
export function loadConfig(env: Env = process.env, options: LoadConfigOptions = {}): UsersConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const privateKeyPem = readValueOrFile(env, 'JWT_PRIVATE_KEY');
  const signingKeyRequired = options.signingKeyRequired ?? true;
  if (privateKeyPem === undefined && nodeEnv === 'production' && signingKeyRequired) {
    throw new ConfigError(
      'JWT_PRIVATE_KEY',
      'is required in production: set it to an Ed25519 PKCS8 PEM, or set JWT_PRIVATE_KEY_FILE.',
    );
  }

  return {
    host: text(env, 'HOST', '127.0.0.1'),
    port: integer(env, 'PORT', 4001, 0, 65535),
    verifyPort: optionalInteger(env, 'VERIFY_PORT', 0, 65535),
    nodeEnv,
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/courtgraph_users', [
      'postgres:',
      'postgresql:',
    ]),
    migrateOnStart: boolean(env, 'MIGRATE_ON_START', true),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379/0', ['redis:', 'rediss:']),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    jwt: {
      privateKeyPem,
      issuer: text(env, 'JWT_ISSUER', 'courtgraph-users'),
      audience: text(env, 'JWT_AUDIENCE', 'courtgraph'),
      accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 1, 86_400),
      previousPublicKeyPems: pemBlocks(readValueOrFile(env, 'JWT_PREVIOUS_PUBLIC_KEYS')),
      clockSkewSeconds: integer(env, 'JWT_CLOCK_SKEW_SECONDS', 30, 0, 300),
    },
    loginLimits: {
      maxFailuresPerAccount: integer(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 10, 1, 1_000),
      maxFailuresPerAddress: integer(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 100, 1, 1_000_000),
      windowSeconds: integer(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 1, 86_400),
    },
    secretsDir: resolve(PACKAGE_ROOT, '.secrets'),
    gatewaySecret: secret(env, 'GATEWAY_SECRET', GATEWAY_SECRET_MIN),
    revocationResyncSeconds: integer(env, 'REVOCATION_RESYNC_SECONDS', 5, 1, 300),
    permissionCacheCheckSeconds: integer(env, 'PERMISSION_CACHE_CHECK_SECONDS', 5, 1, 300),
    sessionLimits: {
      idleTimeoutSeconds: integer(env, 'SESSION_IDLE_TIMEOUT_SECONDS', 2_592_000, 60, 31_536_000),
      maxLifetimeSeconds: integer(env, 'SESSION_MAX_LIFETIME_SECONDS', 7_776_000, 60, 157_680_000),
    },
  };
}

/**
 * An optional shared secret. The error never quotes the value: start-up failures are logged.
 * Length is counted as the gateway counts it (UTF-16 units), so both accept the same values.
 */
function secret(env: Env, name: string, minLength: number): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') {
    return undefined;
  }
  if (value.length < minLength || /\s/.test(value)) {
    throw new ConfigError(
      name,
      `must be at least ${minLength} characters without whitespace; ` +
        'set the same value as the gateway, e.g. from `openssl rand -hex 32`.',
    );
  }
  return value;
}

/** `name` inline or from the file named by `${name}_FILE`; setting both is an error. */
function readValueOrFile(env: Env, name: string): string | undefined {
  const inline = env[name];
  const file = env[`${name}_FILE`];
  if (inline && file) {
    throw new ConfigError(`${name}_FILE`, `set either ${name} or this, not both.`);
  }
  if (inline) {
    // Environments that cannot hold newlines pass the PEM with literal "\n".
    return inline.replace(/\\n/g, '\n');
  }
  if (!file) {
    return undefined;
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ConfigError(`${name}_FILE`, `cannot read the file (${reason}).`);
  }
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/**
 * Splits `JWT_PREVIOUS_PUBLIC_KEYS` into its PEM blocks. Only public keys are accepted: a
 * private key here would put a secret where operators expect public data.
 */
function pemBlocks(text: string | undefined): string[] {
  if (text === undefined) {
    return [];
  }
  const blocks = [...text.matchAll(PEM_BLOCK)];
  const rest = text.replace(PEM_BLOCK, '').trim();
  if (rest !== '' || blocks.some((block) => block[1] !== 'PUBLIC KEY')) {
    throw new ConfigError(
      'JWT_PREVIOUS_PUBLIC_KEYS',
      'must hold only "-----BEGIN PUBLIC KEY-----" PEM blocks (SPKI), one per retired key.',
    );
  }
  return blocks.map((block) => `${block[0]}\n`);
}

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  if (value === undefined || value === '') {
    return fallback;
  }
  if (value.trim() !== value) {
    throw new ConfigError(name, 'must not start or end with whitespace.');
  }
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function optionalInteger(env: Env, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : integer(env, name, min, min, max);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (raw !== 'true' && raw !== 'false') {
    throw new ConfigError(name, `must be true or false, got "${raw}".`);
  }
  return raw === 'true';
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}".`);
  }
  return raw as T;
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const value = text(env, name, fallback);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a valid URL.');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}//.`);
  }
  return value;
}
