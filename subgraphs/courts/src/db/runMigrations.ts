import type { Logger } from 'pino';

import type { Orm } from './createOrm.js';

/** Arbitrary but fixed: every courts process serialises its migrations on this key. */
const MIGRATION_LOCK_KEY = 7_402_113_902;

/**
 * Applies pending migrations in one transaction that first takes an advisory lock, so that
 * replicas or migrate steps starting together apply them one after the other, not at once.
 */
export async function runMigrations(orm: Orm, logger: Logger): Promise<void> {
  await orm.em.fork().transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK_KEY]);
    // MikroORM types the transaction context as `any`; it is the knex transaction up() expects.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
    const applied = await orm.getMigrator().up({ transaction: tx.getTransactionContext() });
    if (applied.length > 0) {
      logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    }
  });
}
