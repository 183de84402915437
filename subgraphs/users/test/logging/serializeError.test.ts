import { CheckConstraintViolationException } from '@mikro-orm/core';
import { describe, expect, it } from '@jest/globals';

import { serializeError } from '../../src/logging/serializeError.js';
import { captureLogs } from '../support/testService.js';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g';
const SQL = `insert into "users" ("id", "password_hash") values ('0b8a', '${HASH}')`;

/** What the pg driver throws, after knex prefixed the statement with its values inlined. */
function pgError(): Error {
  return Object.assign(new Error(`${SQL} - new row violates check constraint "users_check"`), {
    code: '23514',
    severity: 'ERROR',
    detail: `Failing row contains (0b8a, ${HASH}).`,
    constraint: 'users_check',
  });
}

const SAFE_MESSAGE = 'database query failed (query text and parameters are not logged)';

describe('serializeError', () => {
  it('reduces a MikroORM driver exception to class, SQLSTATE and a fixed message', () => {
    expect(serializeError(new CheckConstraintViolationException(pgError()))).toEqual({
      type: 'CheckConstraintViolationException',
      code: '23514',
      message: SAFE_MESSAGE,
    });
  });

  it('reduces a raw pg error and a knex error carrying sql and bindings', () => {
    const knexError = Object.assign(new Error('Knex: Timeout acquiring a connection.'), {
      sql: SQL,
      bindings: ['0b8a', HASH],
    });
    expect(serializeError(pgError())).toEqual({
      type: 'Error',
      code: '23514',
      message: SAFE_MESSAGE,
    });
    expect(serializeError(knexError)).toEqual({ type: 'Error', message: SAFE_MESSAGE });
  });

  it('reduces an error whose cause is a driver error', () => {
    const wrapped = new TypeError('saving failed', {
      cause: new CheckConstraintViolationException(pgError()),
    });
    expect(serializeError(wrapped)).toEqual({
      type: 'CheckConstraintViolationException',
      code: '23514',
      message: SAFE_MESSAGE,
      wrappedIn: 'TypeError',
    });
  });

  it('keeps message and stack of other errors', () => {
    const serialized = serializeError(new RangeError('port out of range')) as Record<
      string,
      unknown
    >;
    expect(serialized).toMatchObject({ type: 'RangeError', message: 'port out of range' });
    expect(serialized['stack']).toEqual(expect.stringContaining('RangeError'));
  });

  it('is the err serializer of the service logger', () => {
    const { logger, logs } = captureLogs('info');
    logger.error({ err: new CheckConstraintViolationException(pgError()) }, 'request failed');

    expect(logs.lines[0]!['err']).toEqual({
      type: 'CheckConstraintViolationException',
      code: '23514',
      message: SAFE_MESSAGE,
    });
    expect(logs.text()).not.toContain('argon2');
    expect(logs.text()).not.toContain('insert into');
    expect(logs.text()).not.toContain('Failing row');
  });
});
