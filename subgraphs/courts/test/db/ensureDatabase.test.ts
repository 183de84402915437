import { createApp } from '../../src/app/createApp.js';
import { createOrm } from '../../src/db/createOrm.js';
import { ensureDatabase } from '../../src/db/ensureDatabase.js';
import { migrateDatabase } from '../../src/db/migrateDatabase.js';
import { migrationsList } from '../../src/migrations/migrationsList.js';
import { captureLogger } from '../helpers/captureLogger.js';
import { testConfig, TEST_DATABASE_URL } from '../helpers/testConfig.js';
import { TestDatabase } from '../helpers/testDatabase.js';

/**
 * A scratch database this test alone creates and drops, named after the test database so
 * that two checkouts with their own test databases do not drop each other's.
 */
const scratch = new URL(TEST_DATABASE_URL);
scratch.pathname = `${scratch.pathname}_ensure`;
const NAME = scratch.pathname.slice(1);
const URL_ = scratch.toString();

describe('ensureDatabase and migrations', () => {
  let admin: TestDatabase;
  const dropScratch = () =>
    admin.orm.em.getConnection().execute(`drop database if exists "${NAME}" with (force)`);

  beforeAll(async () => {
    admin = await TestDatabase.open();
    await dropScratch();
  });
  afterAll(async () => {
    await dropScratch();
    await admin.close();
  });

  it('creates a missing database, even when several processes race to do it', async () => {
    const { logger, lines } = captureLogger();
    await Promise.all([
      ensureDatabase(URL_, logger),
      ensureDatabase(URL_, logger),
      ensureDatabase(URL_, logger),
    ]);
    const rows = await admin.orm.em
      .getConnection()
      .execute('select 1 from pg_database where datname = ?', [NAME]);
    expect(rows).toHaveLength(1);
    expect(lines().filter((l) => l['msg'] === 'database created').length).toBeLessThanOrEqual(1);

    await ensureDatabase(URL_, logger);
  });

  it('refuses to serve with MIGRATE_ON_START=false before the migrate step ran', async () => {
    const { logger } = captureLogger();
    const config = testConfig({ databaseUrl: URL_, migrateOnStart: false });

    await expect(createApp(config, { logger })).rejects.toThrow(
      `The database lacks the migrations ${migrationsList.map((m) => m.name).join(', ')}. ` +
        'Run `node dist/migrate.js`',
    );
  });

  it('migrates up once: the table, its constraints and its indexes exist', async () => {
    const { logger, lines } = captureLogger();
    await migrateDatabase(URL_, logger);
    await migrateDatabase(URL_, logger);
    expect(lines().filter((l) => l['msg'] === 'migrations applied')).toHaveLength(1);
    const orm = await createOrm(URL_, logger);
    try {
      expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
      const indexes = await orm.em
        .getConnection()
        .execute<
          { indexname: string }[]
        >("select indexname from pg_indexes where tablename = 'courts' order by indexname");
      expect(indexes.map((i) => i.indexname)).toEqual([
        'courts_name_trgm_idx',
        'courts_order_idx',
        'courts_pkey',
        'courts_sport_order_idx',
        'courts_status_order_idx',
        'courts_venue_idx',
        'courts_venue_name_lower_unique',
      ]);
    } finally {
      await orm.close(true);
    }

    const again = await createOrm(URL_, logger);
    await again.close(true);
  });

  it('serves with MIGRATE_ON_START=false once the migrate step ran', async () => {
    const { logger, lines } = captureLogger();
    const app = await createApp(testConfig({ databaseUrl: URL_, migrateOnStart: false }), {
      logger,
    });
    try {
      expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
      expect(lines().map((l) => l['msg'])).toContain(
        'schema is up to date; migrations are left to the migrate step',
      );
    } finally {
      await app.stop();
    }
  });

  it('backs the validation rules with CHECK constraints', async () => {
    const { logger } = captureLogger();
    const orm = await createOrm(URL_, logger);
    try {
      const insert = (amount: number, currency: string) =>
        orm.em.getConnection().execute(
          `insert into courts (id, name, sport, indoor, hourly_rate_amount, hourly_rate_currency,
           venue_id) values (gen_random_uuid(), 'x' || gen_random_uuid(), 'TENNIS', true, ?, ?,
           (select id from venues where is_default))`,
          [amount, currency],
        );
      await expect(insert(-1, 'EUR')).rejects.toThrow();
      await expect(insert(1, 'eur')).rejects.toThrow();
      await expect(insert(1, 'EUR')).resolves.toBeDefined();
    } finally {
      await orm.close(true);
    }
  });
});
