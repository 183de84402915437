import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';

import type { NodeEnv } from '../config/UsersConfig.js';
import { ConfigError } from '../errors/ConfigError.js';
import type { Logger } from '../logging/createLogger.js';

/** A key that verifies tokens: the current one, or a retired one still trusted. */
export interface VerificationKey {
  publicKey: KeyObject;
  /** RFC 7638 thumbprint of the public key, sent as the `kid` header. */
  kid: string;
  /** The public key as published in the JWKS (`kty`, `crv`, `x`, `kid`, `alg`, `use`). */
  publicJwk: JWK;
}

export interface SigningKey extends VerificationKey {
  privateKey: KeyObject;
}

const DEV_KEY_FILE = 'jwt-ed25519.pem';

/**
 * Returns the configured Ed25519 key. Without one: development generates a key on first start
 * into `secretsDir` (mode 0600) and reuses it; test uses a throwaway in-memory key; production
 * refuses to start.
 */
export async function loadSigningKey(
  pem: string | undefined,
  nodeEnv: NodeEnv,
  secretsDir: string,
  logger: Logger,
): Promise<SigningKey> {
  if (pem !== undefined) {
    return fromPem(pem);
  }
  switch (nodeEnv) {
    case 'production':
      throw new ConfigError(
        'JWT_PRIVATE_KEY',
        'is required in production (or JWT_PRIVATE_KEY_FILE).',
      );
    case 'test':
      return fromPrivateKey(generateKeyPairSync('ed25519').privateKey);
    case 'development':
      return fromPem(await developmentKeyPem(secretsDir, logger));
    default:
      throw new Error(`unreachable NODE_ENV: ${String(nodeEnv satisfies never)}`);
  }
}

async function developmentKeyPem(secretsDir: string, logger: Logger): Promise<string> {
  const file = join(secretsDir, DEV_KEY_FILE);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  const pem = generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  await mkdir(secretsDir, { recursive: true, mode: 0o700 });
  try {
    // 'wx' fails if another process created the file first; then use theirs.
    await writeFile(file, pem, { mode: 0o600, flag: 'wx' });
    await chmod(file, 0o600);
    logger.info({ file }, 'generated a development signing key');
    return pem;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return readFile(file, 'utf8');
    }
    throw error;
  }
}

async function fromPem(pem: string): Promise<SigningKey> {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new ConfigError('JWT_PRIVATE_KEY', 'is not a readable PKCS8 PEM private key.');
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new ConfigError('JWT_PRIVATE_KEY', 'must be an Ed25519 key (EdDSA tokens).');
  }
  return fromPrivateKey(privateKey);
}

async function fromPrivateKey(privateKey: KeyObject): Promise<SigningKey> {
  return { privateKey, ...(await verificationKey(createPublicKey(privateKey))) };
}

/** The kid is derived from the key alone, so every replica and restart computes the same. */
export async function verificationKey(publicKey: KeyObject): Promise<VerificationKey> {
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { publicKey, kid, publicJwk: { ...jwk, kid, alg: 'EdDSA', use: 'sig' } };
}
