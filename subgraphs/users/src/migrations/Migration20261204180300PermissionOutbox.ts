import { Migration } from '@mikro-orm/migrations';

/**
 * The permission-cache outbox: every change to a user's effective permissions inserts a row
 * here in its own transaction, so a committed change reaches Redis even when Redis is down at
 * that moment (the deliverer retries until it succeeds). `permission_cache_rev` numbers cache
 * writes so that an older write can never overwrite a newer one in Redis.
 */
export class Migration20261204180300PermissionOutbox extends Migration {
  override up(): void {
    this.addSql(`
      create table permission_outbox (
        id bigserial primary key,
        user_id uuid not null references users (id) on delete cascade,
        created_at timestamptz not null default now()
      )`);
    // Deleting a user cascades here; without an index that would scan the table.
    this.addSql('create index permission_outbox_user_id_index on permission_outbox (user_id)');
    this.addSql('create sequence permission_cache_rev');
  }

  override down(): void {
    this.addSql('drop sequence permission_cache_rev');
    this.addSql('drop table permission_outbox');
  }
}
