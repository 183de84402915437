import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { describeError } from '../src/errors/describeError';

function graphqlErrors(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

function httpError(status: number, body: string, headers: Record<string, string> = {}) {
  const response = new Response(body, { status, headers });
  return new ServerError(`Received status code ${status}`, { response, bodyText: body });
}

describe('describeError', () => {
  it('shows the server message beside the field of BAD_USER_INPUT', () => {
    const message = 'Give the currency as an ISO 4217 code of three capital letters.';
    const problem = describeError(
      graphqlErrors(message, { code: 'BAD_USER_INPUT', field: 'input.hourlyRate.currency' }),
    );
    expect(problem).toEqual({
      code: 'BAD_USER_INPUT',
      message,
      field: 'currency',
      path: 'input.hourlyRate.currency',
    });
  });

  it('names the missing permission for FORBIDDEN, never the API wording', () => {
    const problem = describeError(
      graphqlErrors('You lack the permission "courts:delete"; ask an administrator.', {
        code: 'FORBIDDEN',
        permission: 'courts:delete',
      }),
    );
    expect(problem.message).toBe(
      'Your account may not do this (it needs the "courts:delete" permission). ' +
        'Ask an administrator for access.',
    );
  });

  it('says when to retry TOO_MANY_REQUESTS, in minutes past a minute', () => {
    const problem = describeError(
      graphqlErrors('Too many failed logins.', {
        code: 'TOO_MANY_REQUESTS',
        retryAfterSeconds: 840,
      }),
    );
    expect(problem).toMatchObject({ retryAfterSeconds: 840 });
    expect(problem.message).toBe('Too many attempts. Try again in 14 minutes.');
  });

  it('keeps the request id to quote and hides internal messages', () => {
    const problem = describeError(
      graphqlErrors('connect ECONNREFUSED 10.0.0.3:5432', {
        code: 'INTERNAL_SERVER_ERROR',
        requestId: 'req-1',
      }),
    );
    expect(problem.requestId).toBe('req-1');
    expect(problem.message).not.toMatch(/ECONNREFUSED/);
  });

  it("reads the edge's own JSON refusals by status", () => {
    const unavailable = describeError(
      httpError(
        502,
        '{"error":{"code":"SERVICE_UNAVAILABLE","message":"A service did not answer."}}',
      ),
    );
    expect(unavailable).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: 'courtgraph is busy or restarting. Try again in a few seconds.',
    });
    expect(describeError(httpError(401, '{"error":{"code":"UNAUTHENTICATED"}}')).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(describeError(httpError(429, 'slow down', { 'retry-after': '30' }))).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many attempts. Try again in 30 seconds.',
    });
  });

  it('tells the user to check the connection when the API was not reached', () => {
    expect(describeError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});

describe('describeError for sign-in and register', () => {
  const refused = () => graphqlErrors('Invalid username or password.', { code: 'UNAUTHENTICATED' });

  it('says the username or password was wrong, not that a session ended', () => {
    expect(describeError(refused(), { credentials: true })).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Wrong username or password.',
    });
  });

  it('keeps the ended-session sentence for every other operation', () => {
    expect(describeError(refused()).message).toBe(
      'Your session has ended. Sign in again to continue.',
    );
  });
});
