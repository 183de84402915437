import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Keeps a caller's request id when it is short and plain (so a client or the edge can
 * correlate its own logs), otherwise makes one. The id ends up in log lines, so arbitrary
 * text is never accepted.
 */
export function resolveRequestId(value: string | string[] | undefined): string {
  if (typeof value === 'string' && ACCEPTABLE_REQUEST_ID.test(value)) return value;
  return randomUUID();
}
