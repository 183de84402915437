import type { LevelWithSilent } from 'pino';

export type NodeEnv = 'development' | 'test' | 'production';

/** Everything the service needs to start; built from the environment by `loadConfig`. */
export interface UsersConfig {
  /** Bind address; loopback by default so only the gateway can reach the service. */
  host: string;
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /**
   * `VERIFY_PORT` (0 to 65535, unset by default): when set, `GET /auth/verify` and the JWKS are
   * served on this port of `host` instead of `port`, and `port` answers 404 for /auth/verify.
   * Two ports let a Kubernetes NetworkPolicy admit the edge to the verify endpoint only and
   * the gateway to /graphql only; unset, everything shares `port` as before.
   */
  verifyPort: number | undefined;
  nodeEnv: NodeEnv;
  /** `postgres://user@host:port/database`; the database is created when missing. */
  databaseUrl: string;
  /**
   * `MIGRATE_ON_START` (`true` by default): whether start-up creates the database when missing
   * and applies pending migrations. `false` when a separate step runs `node dist/migrate.js`
   * first (a Kubernetes init container); start-up then refuses to serve an older schema.
   */
  migrateOnStart: boolean;
  /** `redis://host:port/db`; the db index selects the permission-cache namespace. */
  redisUrl: string;
  logLevel: LevelWithSilent;
  jwt: JwtConfig;
  loginLimits: LoginLimits;
  /** Where development keys are generated when none is configured. */
  secretsDir: string;
  /**
   * `GATEWAY_SECRET` (at least 32 characters, no whitespace): when set, `X-Auth-User` is
   * believed only from requests whose `X-Gateway-Secret` equals it, and any other caller is
   * anonymous. Unset: every caller's `X-Auth-User` is believed, which is safe only where
   * nothing but the gateway can reach the service. Never logged.
   */
  gatewaySecret: string | undefined;
  /**
   * `REVOCATION_RESYNC_SECONDS` (1 to 300, default 5): how often each replica re-reads recent
   * revocations from PostgreSQL, repairing a lost pub/sub message within this time.
   */
  revocationResyncSeconds: number;
  /**
   * `PERMISSION_CACHE_CHECK_SECONDS` (1 to 300, default 5): how often users checks that Redis
   * still holds the permission cache (its sync marker) and rebuilds it when it does not.
   */
  permissionCacheCheckSeconds: number;
  sessionLimits: SessionLimits;
}

/** How long a session may be refreshed: refresh tokens do not keep it alive for ever. */
export interface SessionLimits {
  /**
   * `SESSION_IDLE_TIMEOUT_SECONDS` (60 to 31536000, default 2592000: 30 days): a session not
   * refreshed for this long cannot be refreshed any more; the user signs in again.
   */
  idleTimeoutSeconds: number;
  /**
   * `SESSION_MAX_LIFETIME_SECONDS` (60 to 157680000, default 7776000: 90 days): however
   * active, a session cannot be refreshed once this old.
   */
  maxLifetimeSeconds: number;
}

export interface JwtConfig {
  /** Ed25519 private key as PKCS8 PEM; when absent, see `loadSigningKey`. */
  privateKeyPem: string | undefined;
  issuer: string;
  audience: string;
  /** Access token lifetime in seconds (1 to 86400). */
  accessTokenTtlSeconds: number;
  /**
   * SPKI PEMs of retired signing keys (`JWT_PREVIOUS_PUBLIC_KEYS`): tokens they signed still
   * verify, and they stay in the JWKS, until removed once those tokens have expired.
   */
  previousPublicKeyPems: string[];
  /** Seconds of clock difference allowed when checking exp, nbf and iat (0 to 300, 30). */
  clockSkewSeconds: number;
}

/**
 * Failed logins allowed per fixed window before login answers TOO_MANY_REQUESTS. Behind the
 * edge every client reaches this service from the edge's address, so the per-address limit
 * counts everybody together and is set high; the per-account limit protects one password.
 */
export interface LoginLimits {
  /** Failures per lower-cased username (1 to 1000, default 10). */
  maxFailuresPerAccount: number;
  /** Failures per client address (1 to 1000000, default 100). */
  maxFailuresPerAddress: number;
  /** Window length in seconds, counted from the first failure (1 to 86400, default 900). */
  windowSeconds: number;
}
