import { errors } from '../errors/errors.js';

/** Largest page any list hands out; a bigger `first` is refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw errors.invalidInput('first', `Ask for 0 to ${MAX_PAGE_SIZE} items with first.`);
  }
}

/**
 * Cursors are opaque to clients: base64url of `<list>:<key>`. The list name stops a cursor of
 * one list being replayed against another.
 */
export function encodeCursor(list: string, key: string): string {
  return Buffer.from(`${list}:${key}`, 'utf8').toString('base64url');
}

/** The key inside `cursor`, checked against `keyShape`; BAD_USER_INPUT otherwise. */
export function decodeCursor(list: string, cursor: string, keyShape: RegExp): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const key = text.startsWith(`${list}:`) ? text.slice(list.length + 1) : '';
  if (!keyShape.test(key)) {
    throw errors.invalidCursor();
  }
  return key;
}

/**
 * Builds a connection from up to `first + 1` rows fetched in order: the extra row only tells
 * whether another page exists.
 */
export function toConnection<T>(
  rows: readonly T[],
  first: number,
  cursorOf: (row: T) => string,
  totalCount: number,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
