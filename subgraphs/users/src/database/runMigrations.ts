import type { Logger } from '../logging/createLogger.js';
import type { UsersOrm } from './createOrm.js';

/** Arbitrary but fixed key: every users replica serialises its migrations on it. */
const MIGRATION_LOCK_KEY = 7_402_113_901;

/**
 * Applies pending migrations (never schema sync). The transaction first takes an advisory
 * lock so that replicas starting together migrate one after the other, not at once.
 */
export async function runMigrations(orm: UsersOrm, logger: Logger): Promise<void> {
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK_KEY]);
    // MikroORM types the transaction context as `any`; it is the knex transaction up() expects.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
    const applied = await orm.getMigrator().up({ transaction: tx.getTransactionContext() });
    for (const migration of applied) {
      logger.info({ migration: migration.name }, 'migration applied');
    }
  });
}
