import { courtsErrors } from '../errors/courtsErrors.js';
import { NAME_MAX } from './validateCourtInput.js';

/** Position of a court in the list order `lower(name), id`. */
export interface CourtCursor {
  name: string;
  id: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Any UUID in its usual hyphenated form, whatever its version or variant: the cursor echoes a
 * stored id, and rows written by hand or by older code need not follow RFC 9562 (see isUuid).
 */
const STORED_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Longest cursor the server can make: a varchar(80) name whose every character JSON escapes as
 * `\uXXXX` (6 bytes, the worst case), a 36-character id and the tuple's 7 bytes of JSON, in
 * unpadded base64url. Anything longer is not ours and is refused before decoding.
 */
const CURSOR_MAX = Math.ceil(((NAME_MAX * 6 + 36 + 7) * 4) / 3);

/** Throws instead of replacing a malformed byte sequence with U+FFFD. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Opaque to clients: base64url of a small JSON tuple. It carries the name itself (not its
 * lowercase form) so that PostgreSQL's own `lower()` computes the sort key on both sides.
 */
export function encodeCursor(cursor: CourtCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString('base64url');
}

/**
 * Reads back a cursor made by encodeCursor. A cursor is the server's own output, so it is
 * checked for structure only: the name is whatever a stored row holds, and rows written before
 * today's text rules (control or bidi characters, say) must still page on. Only what
 * PostgreSQL cannot take is refused: NUL, which text columns cannot hold.
 */
export function decodeCursor(raw: string): CourtCursor {
  const invalid = courtsErrors.badUserInput(
    'after',
    'This cursor is not valid; pass an endCursor or cursor from a previous page.',
  );
  if (!BASE64URL.test(raw) || raw.length > CURSOR_MAX) throw invalid;

  let value: unknown;
  try {
    value = JSON.parse(UTF8.decode(Buffer.from(raw, 'base64url')));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(value) || value.length !== 2) throw invalid;
  const [name, id] = value as unknown[];
  if (typeof name !== 'string' || typeof id !== 'string' || !STORED_UUID.test(id)) throw invalid;
  if (name.includes('\u0000')) throw invalid;
  return { name, id };
}
