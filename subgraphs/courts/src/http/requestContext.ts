import { randomUUID } from 'node:crypto';

import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/** What the gateway forwards as a request id; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestLocals {
  requestId: string;
  logger: Logger;
}

export function requestLocals(res: Response): RequestLocals {
  return res.locals as RequestLocals;
}

/**
 * Gives every request an id (the caller's `x-request-id` when well formed, a new one otherwise),
 * echoes it in the response header, attaches a child logger and logs the outcome.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    const child = logger.child({ requestId });
    Object.assign(res.locals, { requestId, logger: child } satisfies RequestLocals);
    res.setHeader('x-request-id', requestId);

    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // originalUrl: `req.path` is relative to the router mount point by the time we log.
      const path = req.originalUrl.split('?')[0];
      child.info(
        { method: req.method, path, status: res.statusCode, durationMs },
        'request completed',
      );
    });
    next();
  };
}
