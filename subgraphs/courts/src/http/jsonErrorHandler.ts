import type { ErrorRequestHandler } from 'express';

import { INTERNAL_ERROR_MESSAGE } from '../errors/courtsErrors.js';
import { ErrorCode } from '../errors/errorCodes.js';
import { requestLocals } from './requestContext.js';

/** body-parser marks the errors a client caused with a 4xx `status` and `expose: true`. */
interface HttpError {
  status?: unknown;
  expose?: unknown;
  type?: unknown;
}

const CLIENT_MESSAGES: Record<string, string> = {
  'entity.parse.failed':
    'The request body is not valid JSON; send a JSON object such as {"query": "{ __typename }"}.',
  'entity.too.large': 'The request body is too large; send a smaller request.',
  'charset.unsupported': 'Send the request body as UTF-8 JSON.',
  'encoding.unsupported': 'Send the request body uncompressed or gzip/deflate encoded.',
};

function clientStatus(error: unknown): number | null {
  const { status, expose } = (error ?? {}) as HttpError;
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true
    ? status
    : null;
}

/**
 * Answers every failure outside GraphQL execution with JSON in the GraphQL error shape. Express's
 * default handler would print an HTML page with the stack trace instead.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const { requestId, logger } = requestLocals(res);
  const status = clientStatus(error);

  if (status !== null) {
    const type = String((error as HttpError).type);
    const message = CLIENT_MESSAGES[type] ?? 'The request could not be read; check its body.';
    logger.info({ status, type }, 'bad request refused');
    res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
    return;
  }

  logger.error({ err: error }, 'unexpected http error');
  res.status(500).json({
    errors: [
      {
        message: INTERNAL_ERROR_MESSAGE,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
      },
    ],
  });
};
