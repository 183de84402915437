import { MikroORM } from '@mikro-orm/postgresql';

import { TEST_DATABASE_URL } from './testService.js';

/**
 * A database of its own for tests that must see a fresh, unmigrated one: the test database's
 * name with `_migrate` appended, so two checkouts with their own test databases keep apart.
 */
export const SCRATCH_DATABASE_URL = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `${url.pathname}_migrate`;
  return url.toString();
})();

/** Drops the scratch database, closing whatever still holds it open. */
export async function dropScratchDatabase(): Promise<void> {
  const maintenance = new URL(SCRATCH_DATABASE_URL);
  const name = decodeURIComponent(maintenance.pathname.slice(1));
  maintenance.pathname = '/postgres';
  const orm = await MikroORM.init({
    clientUrl: maintenance.toString(),
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
    debug: false,
  });
  try {
    await orm.em
      .getConnection()
      .execute(`drop database if exists "${name.replaceAll('"', '""')}" with (force)`);
  } finally {
    await orm.close(true);
  }
}
