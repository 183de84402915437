import type { EntityManager } from '@mikro-orm/postgresql';

import { isUserId } from '../auth/isUserId.js';
import { errors } from '../errors/errors.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
  type Connection,
} from '../pagination/connection.js';

export interface AuditEntry {
  id: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  /** JSON text of the state before the change; null for a creation. */
  before: string | null;
  /** JSON text of the state after the change; null for a deletion. */
  after: string | null;
  requestId: string | null;
  createdAt: string;
}

export interface ListAuditLogArgs {
  first: number;
  after?: string | null;
  actorId?: string | null;
  targetId?: string | null;
}

const CURSOR_LIST = 'audit';
const CURSOR_KEY = /^[1-9][0-9]{0,17}$/;
/** Any stored role name (roles.name is varchar(64)); also rules out NUL. */
const ROLE_NAME = /^[a-z][a-z0-9_-]{0,63}$/;

/** Newest first, by id (keyset pagination). Filters combine with AND. */
export async function listAuditLog(
  em: EntityManager,
  args: ListAuditLogArgs,
): Promise<Connection<AuditEntry>> {
  checkPageSize(args.first);
  const before = args.after ? decodeCursor(CURSOR_LIST, args.after, CURSOR_KEY) : null;
  const actorId = args.actorId == null ? null : validActorId(args.actorId);
  const targetId = args.targetId == null ? null : validTargetId(args.targetId);

  const filter = '(?::uuid is null or actor_id = ?) and (?::text is null or target_id = ?)';
  const filterParams = [actorId, actorId, targetId, targetId];
  const [countRow] = await em.execute(
    `select count(*) as total from audit_log where ${filter}`,
    filterParams,
  );
  const rows: Array<Record<string, unknown>> = await em.execute(
    `select id::text, actor_id, action, target_type, target_id, before, after,
            request_id, created_at
       from audit_log
      where ${filter} and (?::bigint is null or audit_log.id < ?)
      -- The table's bigint id, not the selected id::text (ORDER BY prefers output columns):
      -- ordered as text, 99 would come before 102.
      order by audit_log.id desc
      limit ?`,
    [...filterParams, before, before, args.first + 1],
  );
  return toConnection(
    rows.map(toAuditEntry),
    args.first,
    (entry) => encodeCursor(CURSOR_LIST, entry.id),
    Number(countRow?.['total'] ?? 0),
  );
}

function toAuditEntry(row: Record<string, unknown>): AuditEntry {
  return {
    id: String(row['id']),
    actorId: (row['actor_id'] as string | null) ?? null,
    action: String(row['action']),
    targetType: String(row['target_type']),
    targetId: String(row['target_id']),
    before: jsonText(row['before']),
    after: jsonText(row['after']),
    requestId: (row['request_id'] as string | null) ?? null,
    createdAt: new Date(row['created_at'] as Date | string).toISOString(),
  };
}

/** The driver parses jsonb; compact JSON text is what clients get. */
function jsonText(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function validActorId(actorId: string): string {
  if (!isUserId(actorId)) {
    throw errors.invalidInput('actorId', 'Pass a user id (a UUID) as actorId.');
  }
  return actorId.toLowerCase();
}

/** Targets are user ids (compared lower-cased, as stored) or role names. */
function validTargetId(targetId: string): string {
  if (isUserId(targetId)) {
    return targetId.toLowerCase();
  }
  if (!ROLE_NAME.test(targetId)) {
    throw errors.invalidInput('targetId', 'Pass a user id (a UUID) or a role name as targetId.');
  }
  return targetId;
}
