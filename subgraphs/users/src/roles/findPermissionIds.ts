import type { EntityManager } from '@mikro-orm/postgresql';

import { errors } from '../errors/errors.js';

/** Ids of the named permissions; BAD_USER_INPUT naming the first one not in the catalog. */
export async function findPermissionIds(
  tx: EntityManager,
  names: readonly string[],
): Promise<number[]> {
  if (names.length === 0) {
    return [];
  }
  const rows: Array<{ id: number; name: string }> = await tx.execute(
    'select id, name from permissions where name in (?)',
    [names],
  );
  const byName = new Map(rows.map((row) => [row.name, row.id]));
  const ids: number[] = [];
  for (const name of names) {
    const id = byName.get(name);
    if (id === undefined) {
      throw errors.unknownPermission(name);
    }
    ids.push(id);
  }
  return ids;
}
