import type { EntityManager } from '@mikro-orm/postgresql';

import type { User } from '../database/entities/User.js';
import { errors } from '../errors/errors.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
  type Connection,
} from '../pagination/connection.js';
import { findUsersByIds } from './findUsersByIds.js';
import { hasControlCharacter } from './hasControlCharacter.js';

const CURSOR_LIST = 'users';
/** A cursor's key is a lower-cased username, so it has the username's shape. */
const CURSOR_KEY = /^[a-z0-9_.-]{3,32}$/;
const SEARCH_MAX = 254;

export interface ListUsersArgs {
  first: number;
  after?: string | null;
  search?: string | null;
}

/**
 * One page of users ordered by lower-cased username, which is unique, so the cursor is simply
 * the last name shown (keyset pagination: no OFFSET, stable while users are added). `search`
 * matches a substring of username, display name or email, ignoring case; its `%`, `_` and `\`
 * match themselves.
 */
export async function listUsers(em: EntityManager, args: ListUsersArgs): Promise<Connection<User>> {
  checkPageSize(args.first);
  const after = args.after ? decodeCursor(CURSOR_LIST, args.after, CURSOR_KEY) : null;
  const pattern = searchPattern(args.search);

  const filter = pattern === null ? 'true' : searchFilter;
  const filterParams = pattern === null ? [] : [pattern, pattern, pattern];
  const [countRow] = await em.execute(`select count(*) as total from users where ${filter}`, [
    ...filterParams,
  ]);
  const rows: Array<{ id: string }> = await em.execute(
    `select id from users
      where ${filter} and (?::text is null or lower(username) > ?)
      order by lower(username)
      limit ?`,
    [...filterParams, after, after, args.first + 1],
  );

  const found = await findUsersByIds(
    em,
    rows.map((row) => row.id),
  );
  const users = rows.map((row) => found.get(row.id)).filter((user) => user !== undefined);
  return toConnection(
    users,
    args.first,
    (user) => encodeCursor(CURSOR_LIST, user.username.toLowerCase()),
    Number(countRow?.['total'] ?? 0),
  );
}

const searchFilter = `(username ilike ? escape '\\' or display_name ilike ? escape '\\'
  or email ilike ? escape '\\')`;

function searchPattern(search: string | null | undefined): string | null {
  const text = search?.trim() ?? '';
  if (text === '') {
    return null;
  }
  // PostgreSQL refuses NUL in text; refuse it (and other controls) as input, not as a 500.
  if (hasControlCharacter(text) || text.length > SEARCH_MAX) {
    throw errors.invalidInput(
      'search',
      `Search for up to ${SEARCH_MAX} characters without control characters.`,
    );
  }
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
