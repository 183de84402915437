import { randomUUID } from 'node:crypto';

import type { RequestHandler } from 'express';

import type { Logger } from '../logging/createLogger.js';
import { requestContextStorage, setRequestContext } from './requestContext.js';

/** The gateway's rule for a client-chosen id (docs/contracts/identity-header.md). */
export const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Keeps a well-formed `X-Request-Id` or makes one, echoes it, and logs one line per request
 * with a child logger that every later log line of the request reuses.
 */
export function requestIdMiddleware(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const requestId = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const requestLogger = logger.child({ requestId });
    const startedAt = process.hrtime.bigint();

    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
      requestLogger.info(
        {
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          durationMs,
        },
        'request completed',
      );
    });
    const context = { requestId, logger: requestLogger };
    setRequestContext(res, context);
    requestContextStorage.run(context, next);
  };
}
