import type { RequestHandler } from 'express';

import type { KeyRing } from '../auth/KeyRing.js';

/** Seconds a JWKS copy may be reused: a rotated-in key is seen within this time. */
const JWKS_MAX_AGE_SECONDS = 300;

/**
 * `GET /.well-known/jwks.json`: the public keys that verify access tokens (current and
 * retired), so other services can check tokens themselves. Nothing secret is in it.
 */
export function jwksRoute(keys: KeyRing): RequestHandler {
  const body = keys.jwks();
  return (_req, res) => {
    res.setHeader('Cache-Control', `public, max-age=${JWKS_MAX_AGE_SECONDS}`);
    res.status(200).json(body);
  };
}
