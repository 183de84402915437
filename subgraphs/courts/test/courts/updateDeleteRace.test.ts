import type { Knex } from '@mikro-orm/postgresql';

import { graphqlRequest, onlyError } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';
import { TestRedis } from '../helpers/testRedis.js';

const ADMIN = '6f1c2b0e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const HEADERS = { 'x-auth-user': ADMIN };
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $status: CourtStatus!) {
    updateCourt(id: $id, input: { status: $status }) {
      id
      status
    }
  }
`;

/** Milliseconds to wait for the service's statement to queue behind our row lock. */
const LOCK_WAIT_LIMIT_MS = 5_000;

describe('an update racing with a delete', () => {
  let app: TestApp;
  let db: TestDatabase;
  const redis = new TestRedis();

  const courtExists = async (id: string) => {
    const rows = await db.orm.em
      .getConnection()
      .execute<{ id: string }[]>('select id from courts where id = ?', [id]);
    return rows.length === 1;
  };

  /** Resolves once some session of the test database waits for a row lock. */
  const waitForLockWaiter = async () => {
    const deadline = Date.now() + LOCK_WAIT_LIMIT_MS;
    while (Date.now() < deadline) {
      const [row] = await db.orm.em.getConnection().execute<{ waiting: number }[]>(
        `select count(*)::int as waiting from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if (row && row.waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the update never waited for the row lock');
  };

  beforeAll(async () => {
    db = await TestDatabase.open();
    app = await startTestApp();
    await redis.grant(ADMIN, ['courts:delete', 'courts:update']);
  });
  beforeEach(() => db.reset());
  afterAll(async () => {
    await app.stop();
    await db.close();
    await redis.close();
  });

  it('answers NOT_FOUND to an update after a delete in the same operation', async () => {
    const [court] = await db.insertCourts([{ name: 'Same Operation', status: 'ACTIVE' }]);
    const id = court!.id;
    const response = await graphqlRequest(
      app.url,
      `mutation ($id: ID!) {
        b: updateCourt(id: $id, input: { status: CLOSED }) { id }
        c: deleteCourt(id: $id)
        d: updateCourt(id: $id, input: { status: ACTIVE }) { status }
      }`,
      { id },
      HEADERS,
    );

    const error = onlyError(response);
    expect(error.path).toEqual(['d']);
    expect(error.extensions).toEqual({ code: 'NOT_FOUND' });
    // `d` is non-null, so its error nulls the whole result: no data can claim a court.
    expect(response.body.data).toBeNull();
    expect(await courtExists(id)).toBe(false);
  });

  it('still updates when the same operation deletes another court in between', async () => {
    const [kept, gone] = await db.insertCourts([{ name: 'Kept' }, { name: 'Gone' }]);
    const response = await graphqlRequest<{ d: { status: string } }>(
      app.url,
      `mutation ($kept: ID!, $gone: ID!) {
        b: updateCourt(id: $kept, input: { status: CLOSED }) { id }
        c: deleteCourt(id: $gone)
        d: updateCourt(id: $kept, input: { status: MAINTENANCE }) { status }
      }`,
      { kept: kept!.id, gone: gone!.id },
      HEADERS,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.d).toEqual({ status: 'MAINTENANCE' });
  });

  it('answers NOT_FOUND when the row is deleted while the update waits for its lock', async () => {
    const [court] = await db.insertCourts([{ name: 'Locked', status: 'ACTIVE' }]);
    const id = court!.id;

    // Another client deletes the row in an open transaction, holding its lock.
    const knex = db.orm.em.getConnection().getKnex();
    const deleter: Knex.Transaction = await knex.transaction();
    await deleter.raw('delete from courts where id = ?', [id]);
    const update = graphqlRequest(app.url, UPDATE, { id, status: 'CLOSED' }, HEADERS);
    try {
      await waitForLockWaiter();
    } catch (error) {
      await deleter.rollback();
      throw error;
    }
    await deleter.commit();

    const response = await update;
    expect(onlyError(response).extensions).toEqual({ code: 'NOT_FOUND' });
    expect(response.body.data).toBeNull();
    expect(await courtExists(id)).toBe(false);
  });

  it('updates once the other transaction rolls back its delete', async () => {
    const [court] = await db.insertCourts([{ name: 'Restored', status: 'ACTIVE' }]);
    const id = court!.id;

    const knex = db.orm.em.getConnection().getKnex();
    const deleter: Knex.Transaction = await knex.transaction();
    await deleter.raw('delete from courts where id = ?', [id]);
    const update = graphqlRequest<{ updateCourt: { status: string } }>(
      app.url,
      UPDATE,
      { id, status: 'CLOSED' },
      HEADERS,
    );
    await waitForLockWaiter().finally(() => deleter.rollback());

    const response = await update;
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.updateCourt).toEqual({ id, status: 'CLOSED' });
  });
});
