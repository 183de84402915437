import { DriverException } from '@mikro-orm/core';

/** What a log line says about an error. */
export interface SerializedError {
  type: string;
  message: string;
  /** PostgreSQL SQLSTATE, such as 22021; only for database driver errors. */
  sqlState?: string;
  /** A Node system error code such as ECONNREFUSED, or another short machine-readable code. */
  code?: string;
  /** Absent for database driver errors, whose stack starts with the SQL text. */
  stack?: string;
  cause?: SerializedError;
}

/** SQLSTATE classes (the first two characters), named as in PostgreSQL's Appendix A. */
const SQLSTATE_CLASSES: Record<string, string> = {
  '08': 'connection exception',
  '0A': 'feature not supported',
  '22': 'data exception',
  '23': 'integrity constraint violation',
  '25': 'invalid transaction state',
  '28': 'invalid authorization specification',
  '3D': 'invalid catalog name',
  '40': 'transaction rollback',
  '42': 'syntax error or access rule violation',
  '53': 'insufficient resources',
  '54': 'program limit exceeded',
  '55': 'object not in prerequisite state',
  '57': 'operator intervention',
  '58': 'system error',
  XX: 'internal error',
};
const SQLSTATE = /^[0-9A-Z]{5}$/;
const SAFE_CODE = /^[A-Z][A-Z0-9_]{1,40}$/;
/** Causes followed at most; a cycle or a deep chain must not blow up a log call. */
const MAX_CAUSE_DEPTH = 3;

/**
 * True for MikroORM's converted exceptions and for raw `pg` errors (which carry a SQLSTATE
 * `code` and a `severity`). Knex rewrites their message to `<SQL with the values inlined> -
 * <server message>`, and the server's own message, detail and `where` may quote values too.
 */
function isDriverError(error: Error): boolean {
  if (error instanceof DriverException) return true;
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && SQLSTATE.test(code) && typeof severity === 'string';
}

function driverError(error: Error): SerializedError {
  const { code } = error as { code?: unknown };
  const sqlState = typeof code === 'string' && SQLSTATE.test(code) ? code : undefined;
  const category = sqlState ? SQLSTATE_CLASSES[sqlState.slice(0, 2)] : undefined;
  return {
    type: error.constructor.name,
    // Written here, never copied from the error: only the class, the SQLSTATE and its category.
    message: `database error${category ? `: ${category}` : ''}`,
    ...(sqlState ? { sqlState } : {}),
    ...(!sqlState && typeof code === 'string' && SAFE_CODE.test(code) ? { code } : {}),
  };
}

function serialize(error: unknown, depth: number): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-Error value thrown' };
  if (isDriverError(error)) return driverError(error);

  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return {
    type: error.constructor.name,
    message: error.message,
    ...(typeof code === 'string' && SAFE_CODE.test(code) ? { code } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
    ...(cause !== undefined && depth < MAX_CAUSE_DEPTH
      ? { cause: serialize(cause, depth + 1) }
      : {}),
  };
}

/**
 * pino's `err` serializer. Unlike pino's default it copies no enumerable properties, and for a
 * database driver error it logs only the class, the SQLSTATE and a message written here: the
 * SQL text, its parameters (user input: passwords, personal data) and the server's detail
 * never reach the logs. Causes are serialized by the same rules.
 */
export function serializeError(error: unknown): SerializedError {
  return serialize(error, 0);
}
