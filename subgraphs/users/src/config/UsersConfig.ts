import type { LevelWithSilent } from 'pino';

export type NodeEnv = 'development' | 'test' | 'production';

/** Everything the service needs to start; built from the environment by `loadConfig`. */
export interface UsersConfig {
  /** Bind address; loopback by default so only the gateway can reach the service. */
  host: string;
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  nodeEnv: NodeEnv;
  /** `postgres://user@host:port/database`; the database is created when missing. */
  databaseUrl: string;
  /** `redis://host:port/db`; the db index selects the permission-cache namespace. */
  redisUrl: string;
  logLevel: LevelWithSilent;
  jwt: JwtConfig;
  /** Where development keys are generated when none is configured. */
  secretsDir: string;
  /**
   * `GATEWAY_SECRET` (at least 32 characters, no whitespace): when set, `X-Auth-User` is
   * believed only from requests whose `X-Gateway-Secret` equals it, and any other caller is
   * anonymous. Unset: every caller's `X-Auth-User` is believed, which is safe only where
   * nothing but the gateway can reach the service. Never logged.
   */
  gatewaySecret: string | undefined;
}

export interface JwtConfig {
  /** Ed25519 private key as PKCS8 PEM; when absent, see `loadSigningKey`. */
  privateKeyPem: string | undefined;
  issuer: string;
  audience: string;
  /** Access token lifetime in seconds (1 to 86400). */
  accessTokenTtlSeconds: number;
}
