import type { EntityManager } from '@mikro-orm/postgresql';

const MANAGE_ROLES = 'roles:manage';

/** Whether some active user still holds roles:manage; call under the permission-change lock. */
export async function anyActiveRoleManager(tx: EntityManager): Promise<boolean> {
  const rows = await tx.execute(
    `select 1
       from users u
       join user_roles ur on ur.user_id = u.id
       join role_permissions rp on rp.role_id = ur.role_id
       join permissions p on p.id = rp.permission_id
      where u.active and p.name = ?
      limit 1`,
    [MANAGE_ROLES],
  );
  return rows.length > 0;
}
