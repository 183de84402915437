import { isUuid } from '../ids/isUuid.js';
import { courtsErrors } from '../errors/courtsErrors.js';
import { hasControlCharacter } from '../text/normalizeText.js';

/** Position of a court in the list order `lower(name), id`. */
export interface CourtCursor {
  name: string;
  id: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Opaque to clients: base64url of a small JSON tuple. It carries the name itself (not its
 * lowercase form) so that PostgreSQL's own `lower()` computes the sort key on both sides.
 */
export function encodeCursor(cursor: CourtCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string): CourtCursor {
  const invalid = courtsErrors.badUserInput(
    'after',
    'This cursor is not valid; pass an endCursor or cursor from a previous page.',
  );
  if (!BASE64URL.test(raw) || raw.length > 512) throw invalid;

  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(value) || value.length !== 2) throw invalid;
  const [name, id] = value as unknown[];
  if (typeof name !== 'string' || !isUuid(id)) throw invalid;
  // Cursors are client-editable and reach the query: no stored name holds a control character,
  // and NUL would make PostgreSQL fail the whole request.
  if (hasControlCharacter(name)) throw invalid;
  return { name, id };
}
