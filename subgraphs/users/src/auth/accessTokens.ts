import { randomUUID } from 'node:crypto';

import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';

import type { TokenIdentity } from '../revocations/RevocationView.js';
import { isUserId } from './isUserId.js';
import type { KeyRing } from './KeyRing.js';

export interface AccessTokenOptions {
  issuer: string;
  audience: string;
  /** Lifetime in seconds. */
  ttlSeconds: number;
  /** Seconds of clock difference tolerated on exp, nbf and iat. */
  clockSkewSeconds: number;
}

/** A verified token's identity and when it stops being valid (its `exp`). */
export interface VerifiedToken {
  identity: TokenIdentity;
  expiresAtSeconds: number;
}

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

/** Signs with the current key and verifies with any key of the ring; keys stay in memory. */
export class AccessTokens {
  constructor(
    private readonly keys: KeyRing,
    private readonly options: AccessTokenOptions,
  ) {}

  /** `sessionId` goes into the `sid` claim, so revoking the session revokes the token. */
  async issue(userId: string, sessionId: string): Promise<IssuedToken> {
    const { current } = this.keys;
    const accessToken = await new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: current.kid })
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime(`${this.options.ttlSeconds}s`)
      .setJti(randomUUID())
      .sign(current.privateKey);
    return { accessToken, expiresIn: this.options.ttlSeconds };
  }

  /**
   * Returns who a valid token speaks for, or throws. The key is chosen by the token's `kid`
   * among the ring's keys only (a missing or unknown kid fails), and the algorithm is pinned
   * so a token cannot pick `none` or HS256-with-the-public-key.
   */
  async verify(token: string): Promise<TokenIdentity> {
    return (await this.verifyWithExpiry(token)).identity;
  }

  /** `verify`, plus the token's `exp`, for callers that cache a verification until then. */
  async verifyWithExpiry(token: string): Promise<VerifiedToken> {
    const { payload } = await jwtVerify(
      token,
      (header) => {
        const key = this.keys.find(header.kid);
        if (!key) {
          throw new joseErrors.JWKSNoMatchingKey('no signing key has this kid');
        }
        return key;
      },
      {
        algorithms: ['EdDSA'],
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['sub', 'exp', 'iat', 'jti', 'sid'],
        clockTolerance: this.options.clockSkewSeconds,
      },
    );
    if (!isUserId(payload.sub)) {
      throw new TypeError('token subject is not a user id');
    }
    if (!isUserId(payload['sid'])) {
      throw new TypeError('token session id is not a UUID');
    }
    const identity = {
      userId: payload.sub.toLowerCase(),
      sessionId: payload['sid'].toLowerCase(),
      issuedAtSeconds: payload.iat ?? 0,
    };
    // exp is a required claim, so jose has checked it is a number.
    return { identity, expiresAtSeconds: payload.exp ?? 0 };
  }
}
