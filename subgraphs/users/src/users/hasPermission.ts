import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Whether an active user holds a permission, read from PostgreSQL (the source of truth), not
 * from the Redis copy that other services read.
 */
export async function hasPermission(
  em: EntityManager,
  userId: string,
  permission: string,
): Promise<boolean> {
  const rows = await em.execute(
    `select 1
       from users u
       join user_roles ur on ur.user_id = u.id
       join role_permissions rp on rp.role_id = ur.role_id
       join permissions p on p.id = rp.permission_id
      where u.id = ? and u.active and p.name = ?
      limit 1`,
    [userId, permission],
  );
  return rows.length > 0;
}
