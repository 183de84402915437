import { Migration } from '@mikro-orm/migrations';

/** Users, roles, permissions and the two join tables. */
export class Migration20261204000000CreateSchema extends Migration {
  override up(): void {
    this.addSql(`
      create table users (
        id uuid primary key,
        username varchar(32) not null,
        email varchar(254) not null,
        password_hash text not null,
        display_name varchar(64) not null,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    // Case-insensitive uniqueness: "Alice" and "alice" are the same account. The index names
    // are part of the code: registration maps a violation of each one to its input field.
    this.addSql('create unique index users_username_lower_unique on users (lower(username))');
    this.addSql('create unique index users_email_lower_unique on users (lower(email))');

    this.addSql(`
      create table roles (
        id serial primary key,
        name varchar(64) not null constraint roles_name_unique unique,
        description text not null,
        system boolean not null default false
      )`);
    this.addSql(`
      create table permissions (
        id serial primary key,
        name varchar(64) not null constraint permissions_name_unique unique
          constraint permissions_name_format check (name ~ '^[a-z]+:[a-z]+$'),
        description text not null
      )`);
    this.addSql(`
      create table role_permissions (
        role_id int not null references roles (id) on delete cascade,
        permission_id int not null references permissions (id) on delete cascade,
        primary key (role_id, permission_id)
      )`);
    this.addSql(`
      create table user_roles (
        user_id uuid not null references users (id) on delete cascade,
        role_id int not null references roles (id) on delete cascade,
        created_at timestamptz not null default now(),
        primary key (user_id, role_id)
      )`);
    // Permission look-ups start from a role ("who holds roles:manage?").
    this.addSql('create index user_roles_role_id_index on user_roles (role_id)');
  }

  override down(): void {
    this.addSql('drop table user_roles');
    this.addSql('drop table role_permissions');
    this.addSql('drop table permissions');
    this.addSql('drop table roles');
    this.addSql('drop table users');
  }
}
