import type { RequestHandler } from 'express';

import { ErrorCode } from '../errors/errorCodes.js';

/** Unknown paths get a JSON 404 rather than express's HTML page. */
export const jsonNotFound: RequestHandler = (req, res) => {
  res.status(404).json({
    errors: [
      {
        message: `Nothing is served at ${req.method} ${req.path}; send GraphQL to POST /graphql.`,
        extensions: { code: ErrorCode.NOT_FOUND },
      },
    ],
  });
};
