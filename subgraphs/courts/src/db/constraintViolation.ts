interface DriverErrorFields {
  code?: unknown;
  constraint?: unknown;
}

/** PostgreSQL's SQLSTATE for a violated exclusion constraint. */
const EXCLUSION_VIOLATION = '23P01';
const UNIQUE_VIOLATION = '23505';

function fieldsOf(error: unknown): DriverErrorFields {
  return typeof error === 'object' && error !== null ? error : {};
}

/** True when `error` is PostgreSQL refusing a row because of the named exclusion constraint. */
export function violatesExclusion(error: unknown, constraint: string): boolean {
  const fields = fieldsOf(error);
  return fields.code === EXCLUSION_VIOLATION && fields.constraint === constraint;
}

/** True when `error` is PostgreSQL refusing a row because of the named unique index. */
export function violatesUnique(error: unknown, constraint: string): boolean {
  const fields = fieldsOf(error);
  return fields.code === UNIQUE_VIOLATION && fields.constraint === constraint;
}
