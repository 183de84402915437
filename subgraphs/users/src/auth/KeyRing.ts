import { createPublicKey, type KeyObject } from 'node:crypto';

import type { JSONWebKeySet } from 'jose';

import { ConfigError } from '../errors/ConfigError.js';
import { verificationKey, type SigningKey, type VerificationKey } from './loadSigningKey.js';

/**
 * The current signing key plus the retired keys that still verify. Rotation is by
 * configuration: the new key becomes JWT_PRIVATE_KEY, the old public key moves to
 * JWT_PREVIOUS_PUBLIC_KEYS and is removed once the last token it signed has expired.
 */
export class KeyRing {
  private constructor(
    readonly current: SigningKey,
    private readonly byKid: ReadonlyMap<string, VerificationKey>,
  ) {}

  /** `previousPems`: SPKI PEMs; a bad one throws a ConfigError naming the variable. */
  static async create(current: SigningKey, previousPems: readonly string[]): Promise<KeyRing> {
    const byKid = new Map<string, VerificationKey>([[current.kid, current]]);
    for (const pem of previousPems) {
      const key = await verificationKey(previousPublicKey(pem));
      // Listing the current key among the previous ones is harmless: same kid, same key.
      if (!byKid.has(key.kid)) {
        byKid.set(key.kid, key);
      }
    }
    return new KeyRing(current, byKid);
  }

  /** The key a token's `kid` header names; undefined for a missing or unknown kid. */
  find(kid: unknown): KeyObject | undefined {
    return typeof kid === 'string' ? this.byKid.get(kid)?.publicKey : undefined;
  }

  /** Current key first, then the retired ones, as `GET /.well-known/jwks.json` serves them. */
  jwks(): JSONWebKeySet {
    return { keys: [...this.byKid.values()].map((key) => key.publicJwk) };
  }
}

function previousPublicKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw new ConfigError(
      'JWT_PREVIOUS_PUBLIC_KEYS',
      'holds a PEM block that is not a public key.',
    );
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new ConfigError('JWT_PREVIOUS_PUBLIC_KEYS', 'must hold Ed25519 keys only (EdDSA).');
  }
  return key;
}
