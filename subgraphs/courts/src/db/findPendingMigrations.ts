import { DriverException } from '@mikro-orm/core';

import { migrationsList } from '../migrations/migrationsList.js';
import type { Orm } from './createOrm.js';

/** SQLSTATE undefined_table: the database has never been migrated. */
const UNDEFINED_TABLE = '42P01';

/**
 * Names of the migrations this build knows and the database has not applied, in order. Only
 * reads: MikroORM's own pending check creates its bookkeeping table, which a serving process
 * that is not meant to change the schema must not do.
 */
export async function findPendingMigrations(orm: Orm): Promise<string[]> {
  const connection = orm.em.getConnection();
  let applied: Set<string>;
  try {
    const rows = await connection.execute<{ name: string }[]>(
      'select name from mikro_orm_migrations',
    );
    applied = new Set(rows.map((row) => row.name));
  } catch (error) {
    // Raw connection queries bypass MikroORM's exception mapping; apply it ourselves.
    const converted = error instanceof Error ? orm.em.getDriver().convertException(error) : error;
    if (!(converted instanceof DriverException && converted.code === UNDEFINED_TABLE)) {
      throw converted;
    }
    applied = new Set();
  }
  return migrationsList.map((migration) => migration.name).filter((name) => !applied.has(name));
}
