import type { Response } from 'express';

import type { ErrorCode } from '../errors/errorCodes.js';

/** The JSON error body of every non-GraphQL endpoint. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}
