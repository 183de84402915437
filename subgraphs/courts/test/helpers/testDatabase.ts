import { randomUUID } from 'node:crypto';

import type { Court } from '../../src/courts/courtEntity.js';
import { CourtSchema } from '../../src/courts/courtEntity.js';
import { createOrm, type Orm } from '../../src/db/createOrm.js';
import { ensureDatabase } from '../../src/db/ensureDatabase.js';
import { runMigrations } from '../../src/db/runMigrations.js';
import { captureLogger } from './captureLogger.js';
import { TEST_DATABASE_URL } from './testConfig.js';

/** Direct access to the test database, to arrange data and to empty it between tests. */
export class TestDatabase {
  private constructor(readonly orm: Orm) {}

  static async open(): Promise<TestDatabase> {
    const { logger } = captureLogger();
    await ensureDatabase(TEST_DATABASE_URL, logger);
    const orm = await createOrm(TEST_DATABASE_URL, logger);
    await runMigrations(orm, logger);
    return new TestDatabase(orm);
  }

  async reset(): Promise<void> {
    await this.orm.em.getConnection().execute('truncate table "courts"');
  }

  async insertCourts(courts: Partial<Court>[]): Promise<Court[]> {
    const em = this.orm.em.fork();
    const now = new Date();
    const made = courts.map((court, i) =>
      em.create(CourtSchema, {
        id: randomUUID(),
        name: `Court ${i}`,
        sport: 'TENNIS',
        surface: null,
        indoor: false,
        status: 'ACTIVE',
        hourlyRateAmount: 1000,
        hourlyRateCurrency: 'EUR',
        createdBy: null,
        createdAt: now,
        updatedAt: now,
        ...court,
      }),
    );
    await em.flush();
    return made;
  }

  async close(): Promise<void> {
    await this.orm.close(true);
  }
}
