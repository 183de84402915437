import type { EntityManager } from '@mikro-orm/postgresql';

export type AuditAction =
  | 'createUser'
  | 'updateUser'
  | 'createRole'
  | 'updateRole'
  | 'deleteRole'
  | 'assignRole'
  | 'revokeRole'
  | 'deactivateUser'
  | 'reactivateUser';

export interface AuditEntryInput {
  actorId: string;
  action: AuditAction;
  targetType: 'user' | 'role';
  targetId: string;
  /** State before the change; null for a creation. Never a password hash. */
  before: Record<string, unknown> | null;
  /** State after the change; null for a deletion. Never a password hash. */
  after: Record<string, unknown> | null;
  requestId: string;
}

/**
 * Appends one audit entry. Call it with the transaction that makes the change, so the entry
 * commits with it, or rolls back with it when the change is refused.
 */
export async function writeAuditEntry(tx: EntityManager, entry: AuditEntryInput): Promise<void> {
  await tx.execute(
    `insert into audit_log
       (actor_id, action, target_type, target_id, before, after, request_id)
     values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)`,
    [
      entry.actorId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
      entry.requestId,
    ],
  );
}
