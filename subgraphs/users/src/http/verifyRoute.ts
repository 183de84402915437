import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { AccessTokens } from '../auth/accessTokens.js';
import type { VerifiedTokenCache } from '../auth/VerifiedTokenCache.js';
import { ErrorCode } from '../errors/errorCodes.js';
import type { Logger } from '../logging/createLogger.js';
import type { RevocationView, TokenIdentity } from '../revocations/RevocationView.js';
import { REQUEST_ID } from './requestIdMiddleware.js';

// Auth schemes are case-insensitive and separated from the credentials by one or more spaces
// (RFC 7235 section 2.1), so "bearer" and "BEARER" are as valid as "Bearer".
const BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/i;

const PATH = '/auth/verify';

/** Answers a request it owns and returns true; returns false for every other request. */
export type RequestListener = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * `GET /auth/verify`, the edge's ForwardAuth check (docs/contracts/identity-header.md).
 *
 * The edge calls it for every request, so it reads neither PostgreSQL nor Redis: only the
 * signature check with the in-memory public keys (skipped for a token already verified, see
 * VerifiedTokenCache), then the in-memory revocation view on every request (a revoked session
 * or a deactivated user is refused within a second, see revocations.md). It runs on the raw
 * node:http listener, before express: it needs none of its middleware, and express's per
 * request cost halved its throughput (bench/README.md). It keeps the request id rule of
 * requestIdMiddleware and logs refusals only; a success logs nothing, at 5,000 a second.
 *
 * It always sets `X-Auth-User` (empty when anonymous) because Caddy 2.6.2 would otherwise
 * forward its placeholder text. A bad token is never downgraded to anonymous: the client
 * asked to be someone and must learn it failed.
 */
export function verifyRoute(
  tokens: AccessTokens,
  revocations: RevocationView,
  cache: VerifiedTokenCache,
  logger: Logger,
): RequestListener {
  return (req, res) => {
    const url = req.url ?? '';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    if (path !== PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return false;
    }
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Auth-User', '');
    res.setHeader('X-Auth-Session', '');

    const refuse = (reason: string, message: string): void => {
      logger.info({ requestId, reason }, 'token rejected');
      res.setHeader('WWW-Authenticate', 'Bearer');
      sendJson(res, 401, { error: { code: ErrorCode.Unauthenticated, message } });
    };
    const accept = (identity: TokenIdentity): void => {
      if (revocations.refuses(identity)) {
        refuse('ERR_REVOKED', 'This session has ended. Sign in again to get a new access token.');
        return;
      }
      res.setHeader('X-Auth-User', identity.userId);
      // For changePassword, which keeps the caller's own session (see revocations.md).
      res.setHeader('X-Auth-Session', identity.sessionId);
      sendJson(res, 200, { userId: identity.userId });
    };

    const authorization = req.headers.authorization;
    if (authorization === undefined || authorization === '') {
      if (queryAt !== -1 && allowsAnonymous(url.slice(queryAt + 1))) {
        sendJson(res, 200, { userId: null });
        return true;
      }
      refuse('ERR_NO_TOKEN', 'Sign in first: send "Authorization: Bearer <access token>".');
      return true;
    }
    const token = BEARER.exec(authorization)?.[1];
    if (!token) {
      refuse('ERR_MALFORMED', 'Send the access token as "Authorization: Bearer <access token>".');
      return true;
    }

    const cached = cache.get(token);
    if (cached !== undefined) {
      accept(cached);
      return true;
    }
    tokens.verifyWithExpiry(token).then(
      ({ identity, expiresAtSeconds }) => {
        cache.set(token, identity, expiresAtSeconds);
        accept(identity);
      },
      (error: unknown) => {
        refuse(
          reasonOf(error),
          'The access token is invalid or expired. Sign in again to get a new one.',
        );
      },
    );
    return true;
  };
}

/** `anonymous=allow` given once, as express's query parser read it before. */
function allowsAnonymous(query: string): boolean {
  const values = new URLSearchParams(query).getAll('anonymous');
  return values.length === 1 && values[0] === 'allow';
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'ERR_INVALID_TOKEN';
}
