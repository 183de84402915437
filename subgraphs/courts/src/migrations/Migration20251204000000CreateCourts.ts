import { Migration } from '@mikro-orm/migrations';

/** The courts table, its CHECK rules (mirroring the input validation) and its indexes. */
export class Migration20251204000000CreateCourts extends Migration {
  override up(): void {
    // Trigram index support for the case-insensitive substring search on name.
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql(`
      create table "courts" (
        "id" uuid primary key,
        "name" varchar(80) not null check (length(btrim("name")) between 1 and 80),
        "sport" text not null check ("sport" in
          ('TENNIS', 'PADEL', 'BADMINTON', 'SQUASH', 'PICKLEBALL', 'BASKETBALL', 'VOLLEYBALL',
           'FUTSAL')),
        "surface" varchar(40) null,
        "indoor" boolean not null,
        "status" text not null default 'ACTIVE'
          check ("status" in ('ACTIVE', 'MAINTENANCE', 'CLOSED')),
        "hourly_rate_amount" integer not null
          check ("hourly_rate_amount" between 0 and 10000000),
        "hourly_rate_currency" char(3) not null check ("hourly_rate_currency" ~ '^[A-Z]{3}$'),
        "created_by" uuid null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now()
      );`);
    // Names are unique ignoring case; the API maps a violation of this index to field `name`.
    this.addSql('create unique index "courts_name_lower_unique" on "courts" (lower("name"));');
    // The list's keyset order, alone and behind each equality filter.
    this.addSql('create index "courts_order_idx" on "courts" (lower("name"), "id");');
    this.addSql(
      'create index "courts_sport_order_idx" on "courts" ("sport", lower("name"), "id");',
    );
    this.addSql(
      'create index "courts_status_order_idx" on "courts" ("status", lower("name"), "id");',
    );
    this.addSql('create index "courts_name_trgm_idx" on "courts" using gin ("name" gin_trgm_ops);');
  }

  override down(): void {
    this.addSql('drop table if exists "courts";');
  }
}
