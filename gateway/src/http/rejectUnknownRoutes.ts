import type { RequestHandler } from 'express';

/** A JSON 404 instead of express's HTML page, which names the framework and the path. */
export function rejectUnknownRoutes(): RequestHandler {
  return (_request, response) => {
    response.status(404).json({
      error: { code: 'NOT_FOUND', message: 'No such route: use /graphql or /health/ready.' },
    });
  };
}
