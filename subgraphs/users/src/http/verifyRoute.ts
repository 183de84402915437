import type { RequestHandler } from 'express';

import type { AccessTokens } from '../auth/accessTokens.js';
import { ErrorCode } from '../errors/errorCodes.js';
import type { RevocationView } from '../revocations/RevocationView.js';
import { getRequestContext } from './requestContext.js';
import { sendError } from './sendError.js';

// Auth schemes are case-insensitive and separated from the credentials by one or more spaces
// (RFC 7235 section 2.1), so "bearer" and "BEARER" are as valid as "Bearer".
const BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/i;

/**
 * `GET /auth/verify`, the edge's ForwardAuth check (docs/contracts/identity-header.md).
 *
 * The edge calls it for every request, so it reads neither PostgreSQL nor Redis: only the
 * signature check with the in-memory public keys, then the in-memory revocation view (a
 * revoked session or a deactivated user is refused within a second, see revocations.md). It always sets `X-Auth-User` (empty when
 * anonymous) because Caddy 2.6.2 would otherwise forward its placeholder text. A bad token
 * is never downgraded to anonymous: the client asked to be someone and must learn it failed.
 */
export function verifyRoute(tokens: AccessTokens, revocations: RevocationView): RequestHandler {
  return async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Auth-User', '');
    res.setHeader('X-Auth-Session', '');
    const authorization = req.get('authorization');

    if (authorization === undefined || authorization === '') {
      if (req.query['anonymous'] === 'allow') {
        res.status(200).json({ userId: null });
        return;
      }
      unauthorized(res, 'Sign in first: send "Authorization: Bearer <access token>".');
      return;
    }

    const match = BEARER.exec(authorization);
    if (!match?.[1]) {
      unauthorized(res, 'Send the access token as "Authorization: Bearer <access token>".');
      return;
    }

    let identity;
    try {
      identity = await tokens.verify(match[1]);
    } catch (error) {
      getRequestContext(res)?.logger.info({ reason: reasonOf(error) }, 'token rejected');
      unauthorized(res, 'The access token is invalid or expired. Sign in again to get a new one.');
      return;
    }
    if (revocations.refuses(identity)) {
      getRequestContext(res)?.logger.info({ reason: 'ERR_REVOKED' }, 'token rejected');
      unauthorized(res, 'This session has ended. Sign in again to get a new access token.');
      return;
    }
    res.setHeader('X-Auth-User', identity.userId);
    // For changePassword, which keeps the caller's own session (see revocations.md).
    res.setHeader('X-Auth-Session', identity.sessionId);
    res.status(200).json({ userId: identity.userId });
  };
}

function unauthorized(res: Parameters<RequestHandler>[1], message: string): void {
  res.setHeader('WWW-Authenticate', 'Bearer');
  sendError(res, 401, ErrorCode.Unauthenticated, message);
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'ERR_INVALID_TOKEN';
}
