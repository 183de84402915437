import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';

import { errors } from '../../src/errors/errors.js';
import { formatError } from '../../src/graphql/formatError.js';
import { requestContextStorage } from '../../src/http/requestContext.js';
import { captureLogs } from '../support/testService.js';

describe('formatError', () => {
  const { logger, logs } = captureLogs('info');
  const format = formatError(logger);

  it('masks an unknown resolver error with the request id and logs the original', () => {
    const original = new Error('relation "users" does not exist at 10.0.0.5');
    const error = new GraphQLError(original.message, { path: ['me'], originalError: original });
    const formatted = requestContextStorage.run({ requestId: 'req-42', logger }, () =>
      format(
        {
          message: original.message,
          path: ['me'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: x', '  at y'] },
        },
        error,
      ),
    );

    expect(formatted).toEqual({
      message: expect.stringContaining('req-42'),
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
    });
    expect(JSON.stringify(formatted)).not.toContain('10.0.0.5');
    expect(logs.text()).toContain('10.0.0.5');
  });

  it('masks a GraphQLError thrown by a library inside a resolver', () => {
    const original = new GraphQLError('internal detail', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const error = new GraphQLError('internal detail', { path: ['x'], originalError: original });
    const formatted = format(
      { message: 'internal detail', extensions: { code: 'BAD_USER_INPUT' } },
      error,
    );
    expect(formatted.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('passes catalog errors through without a stack trace', () => {
    const original = errors.usernameTaken();
    const error = new GraphQLError(original.message, {
      path: ['register'],
      originalError: original,
    });
    const formatted = format(
      {
        message: original.message,
        extensions: { code: 'BAD_USER_INPUT', field: 'username', stacktrace: ['at z'] },
      },
      error,
    );
    expect(formatted).toEqual({
      message: original.message,
      extensions: { code: 'BAD_USER_INPUT', field: 'username' },
    });
  });
});
