import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions and their refresh tokens, and when a user was deactivated. Refresh tokens are
 * stored only as SHA-256 hashes: a leaked table cannot be replayed. Every token a session ever
 * had stays (rotated_at set) so that presenting an old one is recognised as reuse.
 */
export class Migration20261204180100Sessions extends Migration {
  override up(): void {
    this.addSql(`
      create table sessions (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        created_at timestamptz not null default now(),
        last_used_at timestamptz not null default now(),
        revoked_at timestamptz,
        revoke_reason varchar(32)
          constraint sessions_revoke_reason_check check (revoke_reason in
            ('logout', 'logout-all', 'refresh-token-reuse', 'user-deactivated',
             'password-changed')),
        constraint sessions_revoked_with_reason
          check ((revoked_at is null) = (revoke_reason is null))
      )`);
    // logoutAll and deactivation look up a user's live sessions.
    this.addSql(
      'create index sessions_user_id_live on sessions (user_id) where revoked_at is null',
    );
    // The revocation resync reads the recently revoked ones.
    this.addSql(
      'create index sessions_revoked_at on sessions (revoked_at) where revoked_at is not null',
    );

    this.addSql(`
      create table refresh_tokens (
        token_hash bytea primary key constraint refresh_tokens_hash_length
          check (octet_length(token_hash) = 32),
        session_id uuid not null references sessions (id) on delete cascade,
        created_at timestamptz not null default now(),
        rotated_at timestamptz
      )`);
    // One current (not yet rotated) token per session.
    this.addSql(
      'create unique index refresh_tokens_current on refresh_tokens (session_id) ' +
        'where rotated_at is null',
    );
    this.addSql('create index refresh_tokens_session_id on refresh_tokens (session_id)');

    this.addSql('alter table users add column deactivated_at timestamptz');
  }

  override down(): void {
    this.addSql('alter table users drop column deactivated_at');
    this.addSql('drop table refresh_tokens');
    this.addSql('drop table sessions');
  }
}
