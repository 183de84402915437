import { DriverException } from '@mikro-orm/core';

import { CourtSchema } from '../../src/courts/courtEntity.js';
import { captureLogger } from '../helpers/captureLogger.js';
import { TestDatabase } from '../helpers/testDatabase.js';

/** Stands for user input that must never reach a log line: a password, a name, a search. */
const SECRET = 'hunter2-secret-value';

/** Runs `run`, which must fail, and returns what it threw. */
async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the query to fail');
}

/** Logs `err` through the service's real logger and returns the line, raw and parsed. */
function logged(err: unknown): { raw: string; line: Record<string, unknown> } {
  const captured = captureLogger();
  captured.logger.child({ requestId: 'r-1' }).error({ err }, 'unexpected error masked');
  const line = captured.lines().at(-1)!;
  return { raw: JSON.stringify(line), line };
}

function expectNoSql(raw: string): void {
  expect(raw).not.toContain(SECRET);
  expect(raw).not.toMatch(/select |insert into|from "courts"|::uuid|\$1|ilike/i);
  expect(raw).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

describe('serializeError: driver errors reach the logs without SQL or parameters', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await TestDatabase.open();
  });
  beforeEach(() => db.reset());
  afterAll(() => db.close());

  it.each([
    [
      'a NUL in a search (the reported case)',
      { name: { $ilike: `%${SECRET}\u0000%` } },
      {
        type: 'DriverException',
        sqlState: '08P01',
        message: 'database error: connection exception',
      },
    ],
    [
      'a value that is not a uuid',
      { id: SECRET },
      {
        type: 'DriverException',
        sqlState: '22P02',
        message: 'database error: data exception',
      },
    ],
  ])(
    'logs the driver exception of %s as class, SQLSTATE and a fixed message',
    async (_l, where, err) => {
      const error = await failure(() => db.orm.em.fork().count(CourtSchema, where));
      expect(error).toBeInstanceOf(DriverException);
      // The threat: the driver's own message holds the SQL and the value.
      expect(String((error as Error).message)).toContain(SECRET);

      const { raw, line } = logged(error);
      expect(line['err']).toEqual(err);
      expect(line).toMatchObject({ requestId: 'r-1', msg: 'unexpected error masked' });
      expectNoSql(raw);
    },
  );

  it('keeps the values of a unique violation detail out of the log', async () => {
    await db.insertCourts([{ name: SECRET }]);
    const error = await failure(() => db.insertCourts([{ name: SECRET.toUpperCase() }]));
    expect(JSON.stringify(error)).toContain(SECRET);

    const { raw, line } = logged(error);
    expect(line['err']).toEqual({
      type: 'UniqueConstraintViolationException',
      sqlState: '23505',
      message: 'database error: integrity constraint violation',
    });
    expectNoSql(raw);
    expect(raw.toLowerCase()).not.toContain(SECRET.toLowerCase());
  });

  it('treats a raw pg error (not converted by MikroORM) the same way', async () => {
    const knex = db.orm.em.getConnection().getKnex();
    const error = await failure(async () => knex.raw('select ?::int', [SECRET]));
    expect(error).not.toBeInstanceOf(DriverException);

    const { raw, line } = logged(error);
    expect(line['err']).toMatchObject({
      sqlState: '22P02',
      message: 'database error: data exception',
    });
    expect(line['err']).not.toHaveProperty('stack');
    expectNoSql(raw);
  });

  it('cleans a driver error found as the cause of another error', async () => {
    const driver = await failure(() => db.orm.em.fork().count(CourtSchema, { id: SECRET }));
    const wrapper = new Error('loading courts failed', { cause: driver });

    const { raw, line } = logged(wrapper);
    expect(line['err']).toMatchObject({
      type: 'Error',
      message: 'loading courts failed',
      stack: expect.stringContaining('serializeError.test'),
      cause: {
        type: 'DriverException',
        sqlState: '22P02',
        message: 'database error: data exception',
      },
    });
    expect(raw).not.toContain(SECRET);
  });

  it('cleans a driver error logged bare, which pino would turn into the msg', async () => {
    const error = await failure(() => db.orm.em.fork().count(CourtSchema, { id: SECRET }));
    const captured = captureLogger();
    captured.logger.error(error);
    captured.logger.warn(new Error('plain failure'));

    const [bare, plain] = captured.lines();
    expect(bare).toMatchObject({
      msg: 'database error: data exception',
      err: { sqlState: '22P02' },
    });
    expectNoSql(JSON.stringify(bare));
    expect(plain).toMatchObject({ msg: 'plain failure', err: { type: 'Error' } });
  });

  it('keeps message, code and stack of other errors, and survives a cause cycle', () => {
    const bug = Object.assign(new TypeError('court.name is undefined'), { code: 'ERR_BUG' });
    (bug as { cause?: unknown }).cause = bug;

    const { line } = logged(bug);
    expect(line['err']).toMatchObject({
      type: 'TypeError',
      message: 'court.name is undefined',
      code: 'ERR_BUG',
      stack: expect.stringContaining('TypeError: court.name is undefined'),
    });
    expect(logged('a string').line['err']).toEqual({
      type: 'string',
      message: 'non-Error value thrown',
    });
  });
});
