import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url without padding: always 43 characters. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new opaque refresh token; only its hash is ever stored. */
export function newRefreshToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Whether a string could be a refresh token; anything else is refused before any query. */
export function isRefreshTokenShape(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/**
 * SHA-256 of the token. A plain hash (no salt, no slow KDF) is enough: the input is 256
 * random bits, not a password, so it cannot be guessed from the hash.
 */
export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
