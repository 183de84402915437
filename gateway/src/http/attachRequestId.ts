import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

import { REQUEST_ID_HEADER, resolveRequestId } from './resolveRequestId.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** The request id: the caller's when acceptable, generated otherwise. */
    id: string;
    /** A logger whose every line carries the request id. */
    log: Logger;
  }
}

/** Gives every request an id, echoes it to the client and binds a child logger to it. */
export function attachRequestId(logger: Logger): RequestHandler {
  return (request, response, next) => {
    request.id = resolveRequestId(request.headers[REQUEST_ID_HEADER]);
    request.log = logger.child({ requestId: request.id });
    response.setHeader('X-Request-Id', request.id);
    next();
  };
}
