import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log of user and role administration, and the `audit:read` permission to read it
 * (granted to the system role `admin`).
 *
 * No foreign keys: an entry must outlive the user or role it names, and an audit row is never
 * updated. `target_id` is text because targets are users (UUID) or roles (name).
 */
export class Migration20261204180200AuditLog extends Migration {
  override up(): void {
    this.addSql(`
      create table audit_log (
        id bigserial primary key,
        actor_id uuid,
        action varchar(32) not null,
        target_type varchar(16) not null,
        target_id text not null,
        before jsonb,
        after jsonb,
        request_id varchar(128),
        created_at timestamptz not null default now()
      )`);
    // auditLog filters by actor or target and pages newest first, by id.
    this.addSql('create index audit_log_actor_id_index on audit_log (actor_id, id)');
    this.addSql('create index audit_log_target_id_index on audit_log (target_id, id)');

    this.addSql(
      this.getKnex()
        .insert({ name: 'audit:read', description: 'Read the audit log of user and role changes' })
        .into('permissions')
        .onConflict()
        .ignore(),
    );
    this.addSql(
      this.getKnex().raw(
        `insert into role_permissions (role_id, permission_id)
         select r.id, p.id from roles r, permissions p
         where r.name = 'admin' and p.name = 'audit:read'
         on conflict do nothing`,
      ),
    );
  }

  override down(): void {
    this.addSql(this.getKnex().raw("delete from permissions where name = 'audit:read'"));
    this.addSql('drop table audit_log');
  }
}
