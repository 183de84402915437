import { migrationsList } from '../migrations/migrationsList.js';
import type { UsersOrm } from './createOrm.js';

/** SQLSTATE undefined_table: the database has never been migrated. */
const UNDEFINED_TABLE = '42P01';

/**
 * Names of the migrations this build knows and the database has not applied, in order. Only
 * reads: MikroORM's own pending check creates its bookkeeping table, which a serving process
 * that is not meant to change the schema must not do.
 */
export async function findPendingMigrations(orm: UsersOrm): Promise<string[]> {
  let applied: Set<string>;
  try {
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ name: string }[]>('select name from mikro_orm_migrations');
    applied = new Set(rows.map((row) => row.name));
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNDEFINED_TABLE) {
      throw error;
    }
    applied = new Set();
  }
  return migrationsList.map((migration) => migration.name).filter((name) => !applied.has(name));
}
