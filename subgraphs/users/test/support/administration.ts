import type { GraphQLResult, TestService } from './testService.js';

export function codeOf(result: GraphQLResult<unknown>): unknown {
  return result.body.errors?.[0]?.extensions?.['code'];
}

/** The first error's extensions, for exact assertions. */
export function extensionsOf(result: GraphQLResult<unknown>): Record<string, unknown> | undefined {
  return result.body.errors?.[0]?.extensions;
}

/**
 * Puts the role catalog back as the migrations left it (tests create roles and change system
 * roles' permissions) and empties the audit log, which `reset` keeps: it has no foreign keys.
 */
export async function resetCatalog(t: TestService): Promise<void> {
  const em = t.service.services.orm.em.fork();
  await em.execute('truncate audit_log');
  await em.execute('delete from roles where not system');
  await em.execute(
    `delete from role_permissions where role_id in (select id from roles where system)`,
  );
  await em.execute(
    `insert into role_permissions (role_id, permission_id)
     select r.id, p.id from roles r, permissions p
      where (r.name = 'admin')
         or (r.name = 'staff' and p.name in ('courts:create', 'courts:update'))`,
  );
}

export interface StoredAuditEntry {
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
}

/** Every audit row, oldest first, read straight from PostgreSQL. */
export async function storedAuditEntries(t: TestService): Promise<StoredAuditEntry[]> {
  return t.service.services.orm.em
    .fork()
    .execute(
      'select actor_id, action, target_type, target_id, before, after, request_id ' +
        'from audit_log order by id',
    );
}

export async function cachedPermissions(t: TestService, userId: string): Promise<unknown> {
  const raw = await t.redis.get(`courtgraph:permissions:v1:user:${userId}`);
  return raw === null ? null : (JSON.parse(raw) as { permissions: unknown }).permissions;
}
