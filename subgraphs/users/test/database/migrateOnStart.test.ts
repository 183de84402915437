import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';

import { startUsersService } from '../../src/app.js';
import { ensureDatabase } from '../../src/database/ensureDatabase.js';
import { migrateDatabase } from '../../src/database/migrateDatabase.js';
import { migrationsList } from '../../src/migrations/migrationsList.js';
import { dropScratchDatabase, SCRATCH_DATABASE_URL } from '../support/scratchDatabase.js';
import { captureLogs, testConfig } from '../support/testService.js';

const config = testConfig({ databaseUrl: SCRATCH_DATABASE_URL, migrateOnStart: false });

beforeEach(async () => {
  await dropScratchDatabase();
});
afterAll(async () => {
  await dropScratchDatabase();
});

describe('MIGRATE_ON_START=false with the migrate step', () => {
  it('refuses to serve on a database that was never migrated, naming the fix', async () => {
    const { logger } = captureLogs('silent');
    await ensureDatabase(SCRATCH_DATABASE_URL, logger);

    const start = startUsersService(config, { logger });

    await expect(start).rejects.toThrow(
      `The database lacks the migrations ${migrationsList.map((m) => m.name).join(', ')}. ` +
        'Run `node dist/migrate.js`',
    );
  });

  it('serves once migrateDatabase has created and migrated the database', async () => {
    const { logger, logs } = captureLogs('info');
    await migrateDatabase(SCRATCH_DATABASE_URL, logger);
    // A second run (the next rollout's init container) finds nothing to do.
    await migrateDatabase(SCRATCH_DATABASE_URL, logger);
    const applied = logs.lines.filter((line) => line['msg'] === 'migration applied');
    expect(applied.map((line) => line['migration'])).toEqual(migrationsList.map((m) => m.name));

    const service = await startUsersService(config, { logger });
    try {
      const response = await fetch(`${service.url}/health/ready`);
      expect(response.status).toBe(200);
      expect(logs.text()).toContain('migrations are left to the migrate step');
    } finally {
      await service.stop();
    }
  });

  it('still creates and migrates at start by default', async () => {
    const { logger } = captureLogs('silent');
    const service = await startUsersService(testConfig({ databaseUrl: SCRATCH_DATABASE_URL }), {
      logger,
    });
    try {
      const rows = await service.services.orm.em
        .fork()
        .execute<{ name: string }[]>('select name from mikro_orm_migrations order by id');
      expect(rows.map((row) => row.name)).toEqual(migrationsList.map((m) => m.name));
    } finally {
      await service.stop();
    }
  });
});
