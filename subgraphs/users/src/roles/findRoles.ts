import type { EntityManager } from '@mikro-orm/postgresql';

import type { RoleView } from './RoleView.js';

/** Every role with its permissions, by name; or only the role `name` when given. */
export async function findRoles(em: EntityManager, name?: string): Promise<RoleView[]> {
  const rows: Array<{ name: string; description: string; system: boolean; permissions: string[] }> =
    await em.execute(
      `select r.name, r.description, r.system,
              coalesce(array_agg(p.name order by p.name) filter (where p.name is not null),
                       '{}') as permissions
         from roles r
         left join role_permissions rp on rp.role_id = r.id
         left join permissions p on p.id = rp.permission_id
        where (?::text is null or r.name = ?)
        group by r.id
        order by r.name`,
      [name ?? null, name ?? null],
    );
  return rows.map((row) => ({
    name: row.name,
    description: row.description,
    system: row.system,
    permissions: row.permissions,
  }));
}
