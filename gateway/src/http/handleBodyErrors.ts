import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

/**
 * Express's default error handler answers with an HTML page that carries the stack trace.
 * This one answers a GraphQL-shaped JSON error instead: 400 for a body the client got wrong
 * (malformed JSON, too large), 500 for anything else, and never a stack trace.
 */
export function handleBodyErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }

    const status = clientErrorStatus(error);
    if (status) {
      response.status(status).json({
        errors: [
          {
            message:
              status === 413
                ? 'Request body too large: send at most 1 MB of JSON.'
                : 'Request body is not valid JSON: send {"query": "...", "variables": {...}}.',
            extensions: { code: 'BAD_REQUEST', requestId: request.id },
          },
        ],
      });
      return;
    }

    const requestLogger = (request as { log?: Logger }).log ?? logger;
    requestLogger.error({ err: error }, 'unhandled HTTP error');
    response.status(500).json({
      errors: [
        {
          message: 'Internal server error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: request.id },
        },
      ],
    });
  };
}

function clientErrorStatus(error: unknown): 400 | 413 | undefined {
  if (typeof error !== 'object' || error === null) return undefined;

  const { status, type } = error as { status?: unknown; type?: unknown };
  if (type === 'entity.too.large') return 413;
  if (typeof status === 'number' && status >= 400 && status < 500) return 400;
  return undefined;
}
