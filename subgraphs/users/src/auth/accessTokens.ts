import { randomUUID } from 'node:crypto';

import { SignJWT, jwtVerify } from 'jose';

import { isUserId } from './isUserId.js';
import type { SigningKey } from './loadSigningKey.js';

export interface AccessTokenOptions {
  issuer: string;
  audience: string;
  /** Lifetime in seconds. */
  ttlSeconds: number;
}

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

/** Signs and verifies EdDSA access tokens; the keys live only in memory. */
export class AccessTokens {
  constructor(
    private readonly key: SigningKey,
    private readonly options: AccessTokenOptions,
  ) {}

  async issue(userId: string): Promise<IssuedToken> {
    const accessToken = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: this.key.kid })
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime(`${this.options.ttlSeconds}s`)
      .setJti(randomUUID())
      .sign(this.key.privateKey);
    return { accessToken, expiresIn: this.options.ttlSeconds };
  }

  /**
   * Returns the user id of a valid token, or throws. The algorithm is pinned so a token
   * cannot pick `none` or HS256-with-the-public-key; only the in-memory public key is used.
   */
  async verify(token: string): Promise<string> {
    const { payload } = await jwtVerify(token, this.key.publicKey, {
      algorithms: ['EdDSA'],
      issuer: this.options.issuer,
      audience: this.options.audience,
      requiredClaims: ['sub', 'exp', 'iat', 'jti'],
    });
    if (!isUserId(payload.sub)) {
      throw new TypeError('token subject is not a user id');
    }
    return payload.sub.toLowerCase();
  }
}
