import { AsyncLocalStorage } from 'node:async_hooks';

import type { RequestHandler, Response } from 'express';

import type { Logger } from '../logging/createLogger.js';

export interface RequestContext {
  requestId: string;
  /** Child logger carrying `requestId`. */
  logger: Logger;
}

/**
 * Holds the request id and logger for code that has no request at hand, such as Apollo's
 * `formatError`, which masks an error and must name the request id.
 */
export const requestContextStorage = new AsyncLocalStorage<RequestContext>();

const LOCALS_KEY = 'requestContext';

export function setRequestContext(res: Response, context: RequestContext): void {
  res.locals[LOCALS_KEY] = context;
}

export function getRequestContext(res: Response): RequestContext | undefined {
  return res.locals[LOCALS_KEY] as RequestContext | undefined;
}

/**
 * Body parsing continues in the socket's async context, which loses the store; this
 * middleware, placed after the parsers, enters it again for the rest of the request.
 */
export const restoreRequestContext: RequestHandler = (_req, res, next) => {
  const context = getRequestContext(res);
  if (context === undefined) {
    next();
    return;
  }
  requestContextStorage.run(context, next);
};
