import { MikroORM } from '@mikro-orm/postgresql';

import type { Logger } from '../logging/createLogger.js';

/** PostgreSQL's SQLSTATE for "database already exists". */
const DUPLICATE_DATABASE = '42P04';

/**
 * Creates the target database when it is missing, through the server's `postgres`
 * maintenance database. Two replicas may start at once: the loser of the race gets 42P04,
 * which means the job is done.
 */
export async function ensureDatabase(databaseUrl: string, logger: Logger): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';

  const orm = await MikroORM.init({
    clientUrl: maintenance.toString(),
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
    debug: false,
  });
  try {
    const connection = orm.em.getConnection();
    const rows = await connection.execute('select 1 from pg_database where datname = ?', [name]);
    if (rows.length > 0) {
      return;
    }
    try {
      await connection.execute(`create database ${quoteIdentifier(name)}`);
      logger.info({ database: name }, 'database created');
    } catch (error) {
      if ((error as { code?: unknown }).code !== DUPLICATE_DATABASE) {
        throw error;
      }
    }
  } finally {
    await orm.close(true);
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
