import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';

import { REGISTER } from '../support/fixtures.js';
import { captureLogs, startTestService, type TestService } from '../support/testService.js';

// A check constraint that only this test adds makes PostgreSQL refuse one INSERT of a
// registration: a real driver error, raised after the password was hashed, whose message
// holds the whole statement with the hash and the email inlined.
const ADD_CONSTRAINT =
  "alter table users add constraint test_induced_failure check (username <> 'induce.failure')";
const DROP_CONSTRAINT = 'alter table users drop constraint if exists test_induced_failure';

let t: TestService;
const { logger, logs } = captureLogs('trace');

beforeAll(async () => {
  t = await startTestService({ logger });
  await t.service.services.orm.em.fork().execute(DROP_CONSTRAINT);
});
afterEach(async () => {
  await t.service.services.orm.em.fork().execute(DROP_CONSTRAINT);
});
afterAll(async () => {
  await t.close();
});

describe('logging of an unexpected database error', () => {
  it('logs class and SQLSTATE, never the statement, its parameters or the hash', async () => {
    await t.reset();
    await t.service.services.orm.em.fork().execute(ADD_CONSTRAINT);
    logs.lines.length = 0;

    const result = await t.gql(REGISTER, {
      input: {
        username: 'induce.failure',
        email: 'private.person@example.com',
        password: 'a long passphrase',
        displayName: 'Induced',
      },
    });

    const requestId = result.headers.get('x-request-id');
    expect(result.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }),
    ]);
    const failures = logs.lines.filter((line) => line['msg'] === 'request failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      level: 'error',
      requestId,
      err: {
        type: 'CheckConstraintViolationException',
        code: '23514',
        message: expect.any(String),
      },
    });
    // Not in any line, trace query logs included (those hold placeholders, never values).
    const text = logs.text();
    expect(text).not.toContain('$argon2');
    expect(text).not.toContain('private.person');
    expect(text).not.toContain('Failing row');
    expect(text).not.toContain('a long passphrase');
    expect(JSON.stringify(failures[0])).not.toMatch(/insert|values|stack/i);
  });
});
