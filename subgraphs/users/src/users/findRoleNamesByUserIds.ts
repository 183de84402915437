import type { EntityManager } from '@mikro-orm/postgresql';

import { isUserId } from '../auth/isUserId.js';

/** Sorted role names of each given user, in one query; users without roles get []. */
export async function findRoleNamesByUserIds(
  em: EntityManager,
  userIds: readonly string[],
): Promise<Map<string, string[]>> {
  const wanted = [...new Set(userIds.filter(isUserId).map((id) => id.toLowerCase()))];
  const roles = new Map<string, string[]>(wanted.map((id) => [id, []]));
  if (wanted.length === 0) {
    return roles;
  }
  // knex expands an array binding into a list, hence "in (?)".
  const rows: Array<{ user_id: string; name: string }> = await em.execute(
    `select ur.user_id, r.name
       from user_roles ur join roles r on r.id = ur.role_id
      where ur.user_id in (?)
      order by r.name`,
    [wanted],
  );
  for (const row of rows) {
    roles.get(row.user_id)?.push(row.name);
  }
  return roles;
}
