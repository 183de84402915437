import { courtsErrors } from '../errors/courtsErrors.js';

/** Position of a booking in the list order `starts_at, id`. */
export interface BookingCursor {
  startsAtMs: number;
  id: string;
}

const CURSOR = /^[A-Za-z0-9_-]{1,120}$/;
const STORED_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to clients: base64url of `[epoch milliseconds, id]`. */
export function encodeBookingCursor(cursor: BookingCursor): string {
  return Buffer.from(JSON.stringify([cursor.startsAtMs, cursor.id])).toString('base64url');
}

export function decodeBookingCursor(raw: string): BookingCursor {
  const invalid = courtsErrors.badUserInput(
    'after',
    'This cursor is not valid; pass an endCursor or cursor from a previous page.',
  );
  if (!CURSOR.test(raw)) throw invalid;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(value) || value.length !== 2) throw invalid;
  const [startsAtMs, id] = value as unknown[];
  if (typeof startsAtMs !== 'number' || !Number.isSafeInteger(startsAtMs)) throw invalid;
  if (typeof id !== 'string' || !STORED_UUID.test(id)) throw invalid;
  return { startsAtMs, id };
}
