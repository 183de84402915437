import type { EntityManager } from '@mikro-orm/postgresql';

import { isUserId } from '../auth/isUserId.js';
import { UserSchema, type User } from '../database/entities/User.js';

/** Users by id in one query; ids that are not UUIDs are skipped, unknown ids are absent. */
export async function findUsersByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, User>> {
  const wanted = [...new Set(ids.filter(isUserId).map((id) => id.toLowerCase()))];
  const found = new Map<string, User>();
  if (wanted.length === 0) {
    return found;
  }
  const users = await em.find(UserSchema, { id: { $in: wanted } });
  for (const user of users) {
    found.set(user.id, user);
  }
  // Answer under the caller's spelling of the id too (UUIDs may arrive upper-case).
  for (const id of ids) {
    const user = found.get(id.toLowerCase());
    if (user) {
      found.set(id, user);
    }
  }
  return found;
}
