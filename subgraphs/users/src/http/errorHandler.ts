import type { ErrorRequestHandler } from 'express';

import { ErrorCode } from '../errors/errorCodes.js';
import type { Logger } from '../logging/createLogger.js';
import { getRequestContext } from './requestContext.js';
import { sendError } from './sendError.js';

/**
 * Replaces express's default handler, which answers with an HTML page holding the stack.
 * Body-parser errors (malformed JSON, too large) are the caller's and get their 4xx status;
 * everything else is logged and masked.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const context = getRequestContext(res);
    const requestId = context?.requestId ?? 'unknown';
    const status = (error as { status?: unknown }).status;
    const type = (error as { type?: unknown }).type;

    if (type === 'entity.parse.failed') {
      sendError(res, 400, ErrorCode.BadRequest, 'The request body is not valid JSON. Fix it.');
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      (context?.logger ?? logger).info({ status, type }, 'request rejected');
      sendError(res, status, ErrorCode.BadRequest, 'The request could not be read. Check it.');
      return;
    }
    (context?.logger ?? logger).error({ err: error }, 'unhandled request error');
    sendError(
      res,
      500,
      ErrorCode.InternalServerError,
      `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
    );
  };
}
