import { DriverException } from '@mikro-orm/core';
import { stdSerializers } from 'pino';

/** What a log line keeps of a database driver error. */
export interface SafeDriverError {
  /** Class of the driver error, e.g. `CheckConstraintViolationException`. */
  type: string;
  /** SQLSTATE (e.g. `23514`) or a Node error code (e.g. `ECONNREFUSED`), when present. */
  code?: string;
  message: string;
  /** Class of the error that carried the driver error as its cause, if any. */
  wrappedIn?: string;
}

// Upper-case identifiers only: SQLSTATEs and errno names never hold user data.
const SAFE_CODE = /^[0-9A-Z_]{1,40}$/;
const SAFE_MESSAGE = 'database query failed (query text and parameters are not logged)';
// How far to follow `cause` links looking for a driver error.
const MAX_CAUSE_DEPTH = 5;

/**
 * The `err` serializer of every logger of the service. A driver error's message is the whole
 * SQL statement with its parameters inlined (knex prefixes it; MikroORM inlines the values),
 * its `detail` repeats the offending values and its stack repeats the message: logging it
 * would write password hashes and emails to the logs. Such an error, or any error caused by
 * one, is reduced to its class, its code and a fixed message. Other errors keep pino's usual
 * shape (message, stack, own properties).
 */
export function serializeError(error: unknown): unknown {
  const driverError = findDriverError(error);
  if (driverError === undefined) {
    return error instanceof Error ? stdSerializers.err(error) : error;
  }
  const code = (driverError as { code?: unknown }).code;
  return {
    type: driverError.constructor.name,
    ...(typeof code === 'string' && SAFE_CODE.test(code) ? { code } : {}),
    message: SAFE_MESSAGE,
    ...(driverError !== error ? { wrappedIn: (error as Error).constructor.name } : {}),
  } satisfies SafeDriverError;
}

function findDriverError(error: unknown): Error | undefined {
  let current = error;
  for (let depth = 0; depth <= MAX_CAUSE_DEPTH && current instanceof Error; depth += 1) {
    if (isDriverError(current)) {
      return current;
    }
    current = current.cause;
  }
  return undefined;
}

/**
 * MikroORM wraps every failed query in a `DriverException`; the checks after it catch what
 * comes straight from knex (which attaches `sql` and `bindings`) or from the `pg` driver (a
 * SQLSTATE `code` with a `severity`).
 */
function isDriverError(error: Error): boolean {
  if (error instanceof DriverException || 'sql' in error || 'bindings' in error) {
    return true;
  }
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
}
