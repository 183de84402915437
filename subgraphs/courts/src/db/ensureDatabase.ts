import { DriverException } from '@mikro-orm/core';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/** SQLSTATE duplicate_database: another process created it between our check and our create. */
const DUPLICATE_DATABASE = '42P04';
/**
 * SQLSTATE unique_violation: the same race seen one step later, when both creators reach the
 * pg_database catalog insert at once.
 */
const UNIQUE_VIOLATION = '23505';

/**
 * Creates the database named by `databaseUrl` when it is missing, working through the
 * `postgres` maintenance database of the same server. Safe to run from several processes at
 * once.
 */
export async function ensureDatabase(databaseUrl: string, logger: Logger): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';

  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: maintenance.toString(),
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
  });
  const connection = orm.em.getConnection();
  const exists = async () =>
    (await connection.execute('select 1 from pg_database where datname = ?', [name])).length > 0;

  try {
    if (await exists()) return;
    // Identifiers cannot be bound as parameters; quote it, doubling any embedded quote.
    await connection.execute(`create database "${name.replaceAll('"', '""')}"`);
    logger.info({ database: name }, 'database created');
  } catch (error) {
    // Raw connection queries bypass MikroORM's exception mapping; apply it ourselves.
    const converted = error instanceof Error ? orm.em.getDriver().convertException(error) : error;
    const lostRace =
      converted instanceof DriverException &&
      (converted.code === DUPLICATE_DATABASE || converted.code === UNIQUE_VIOLATION) &&
      (await exists());
    if (!lostRace) throw converted;
  } finally {
    await orm.close(true);
  }
}
