import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

import type { Problem } from './Problem';

interface RawError {
  code: string;
  message: string;
  extensions: Record<string, unknown>;
}

/** What the failed operation was, where that changes what an error code means to the user. */
export interface ErrorContext {
  /**
   * The operation checked credentials the person just typed (sign-in, register): there
   * UNAUTHENTICATED means a wrong username or password, not an ended session.
   */
  credentials?: boolean;
}

/**
 * Turns anything an Apollo operation can fail with into a Problem. The server's own message is
 * shown where it was written for the user (bad input, conflicts: it names the fix); other
 * codes get a sentence of ours, since theirs speak to API clients ("send a bearer token").
 */
export function describeError(error: unknown, context: ErrorContext = {}): Problem {
  const raw = rawError(error);
  if (raw === undefined) {
    return {
      code: 'NETWORK',
      message: 'courtgraph cannot be reached. Check your connection, then try again.',
    };
  }
  const requestId = stringValue(raw.extensions.requestId);
  const problem =
    context.credentials && raw.code === 'UNAUTHENTICATED'
      ? { code: raw.code, message: WRONG_CREDENTIALS }
      : messageFor(raw);
  return requestId === undefined ? problem : { ...problem, requestId };
}

/** Never says which of the two was wrong, so it cannot tell whether a username exists. */
const WRONG_CREDENTIALS = 'Wrong username or password.';

function messageFor({ code, message, extensions }: RawError): Problem {
  switch (code) {
    case 'BAD_USER_INPUT': {
      const field = stringValue(extensions.field);
      const rule = stringValue(extensions.rule);
      return {
        code,
        message,
        ...(field === undefined ? {} : { field: lastPart(field), path: field }),
        ...(rule === undefined ? {} : { rule }),
      };
    }
    case 'CONFLICT':
      return { code, message };
    case 'UNAUTHENTICATED':
      return { code, message: 'Your session has ended. Sign in again to continue.' };
    case 'FORBIDDEN': {
      const permission = stringValue(extensions.permission);
      const needs = permission === undefined ? '' : ` (it needs the "${permission}" permission)`;
      return {
        code,
        message: `Your account may not do this${needs}. Ask an administrator for access.`,
      };
    }
    case 'NOT_FOUND':
      return { code, message: 'This no longer exists: it may have just been deleted.' };
    case 'TOO_MANY_REQUESTS':
      return withRetry(code, 'Too many attempts.', extensions);
    case 'SERVICE_UNAVAILABLE':
      return withRetry(code, 'courtgraph is busy or restarting.', extensions);
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
      return { code, message: 'This page is out of date with the server. Reload the page.' };
    default:
      return {
        code,
        message: 'Something went wrong on our side. Try again; if it keeps failing, tell us.',
      };
  }
}

function withRetry(code: string, what: string, extensions: Record<string, unknown>): Problem {
  const seconds = numberValue(extensions.retryAfterSeconds);
  if (seconds === undefined) return { code, message: `${what} Try again in a few seconds.` };
  return {
    code,
    message: `${what} Try again in ${duration(seconds)}.`,
    retryAfterSeconds: seconds,
  };
}

/** "30 seconds", "1 minute", "15 minutes": retry-after as people say it. */
export function duration(seconds: number): string {
  if (seconds < 60) return seconds <= 1 ? 'a second' : `${Math.ceil(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}

/** The first error of a GraphQL answer, or of the edge's `{"error": {...}}` refusals. */
function rawError(error: unknown): RawError | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = stringValue(extensions.code) ?? 'INTERNAL_SERVER_ERROR';
    return { code, message: first?.message ?? error.message, extensions };
  }
  if (ServerError.is(error))
    return fromHttpAnswer(error.statusCode, error.bodyText, error.response);
  if (ServerParseError.is(error)) return fromHttpAnswer(error.statusCode, '', undefined);
  return undefined;
}

function fromHttpAnswer(status: number, bodyText: string, response?: Response): RawError {
  const body = parseJson(bodyText) as
    | { error?: { code?: unknown; message?: unknown }; errors?: RawGraphQLError[] }
    | undefined;
  const retryAfter = Number(response?.headers.get('retry-after') ?? Number.NaN);
  const extensions: Record<string, unknown> = Number.isFinite(retryAfter)
    ? { retryAfterSeconds: retryAfter }
    : {};

  const graphqlError = body?.errors?.[0];
  if (graphqlError) {
    const merged = { ...extensions, ...graphqlError.extensions };
    const code = stringValue(merged.code) ?? codeForStatus(status);
    return { code, message: stringValue(graphqlError.message) ?? '', extensions: merged };
  }
  const code = stringValue(body?.error?.code) ?? codeForStatus(status);
  return { code, message: stringValue(body?.error?.message) ?? '', extensions };
}

interface RawGraphQLError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

function codeForStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  if (status === 400 || status === 413) return 'BAD_REQUEST';
  return 'INTERNAL_SERVER_ERROR';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function numberValue(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** "hourlyRate.currency" and "input.name" name the form fields "currency" and "name". */
function lastPart(field: string): string {
  return field.split('.').pop() ?? field;
}
