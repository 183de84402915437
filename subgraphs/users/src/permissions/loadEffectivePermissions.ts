import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The effective permission sets of the given users, in one query. Inactive and unknown users
 * get no entry. With `userIds` undefined, every active user is loaded (full sync).
 */
export async function loadEffectivePermissions(
  em: EntityManager,
  userIds?: readonly string[],
): Promise<Map<string, string[]>> {
  if (userIds !== undefined && userIds.length === 0) {
    return new Map();
  }
  // knex expands an array binding into a list, hence "in (?)".
  const filter = userIds === undefined ? '' : 'and u.id in (?)';
  const rows: Array<{ id: string; permission: string | null }> = await em.execute(
    `select u.id, p.name as permission
       from users u
       left join user_roles ur on ur.user_id = u.id
       left join role_permissions rp on rp.role_id = ur.role_id
       left join permissions p on p.id = rp.permission_id
      where u.active ${filter}`,
    userIds === undefined ? [] : [userIds],
  );

  const sets = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = sets.get(row.id) ?? new Set<string>();
    if (row.permission !== null) {
      set.add(row.permission);
    }
    sets.set(row.id, set);
  }
  return new Map([...sets].map(([id, set]) => [id, [...set].sort()]));
}
