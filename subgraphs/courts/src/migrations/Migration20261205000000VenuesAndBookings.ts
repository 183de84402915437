import { Migration } from '@mikro-orm/migrations';

/**
 * Venues with their hours, courts' booking rules, bookings and maintenance blocks. Existing
 * courts move to a default venue, so clients that never name a venue keep working. The rules
 * that must hold whatever the code does live here as constraints: no two confirmed bookings of
 * a court overlap (an exclusion constraint over half-open ranges), and one idempotency key per
 * booker names one booking.
 */
export class Migration20261205000000VenuesAndBookings extends Migration {
  override up(): void {
    // Lets the exclusion constraint combine equality on court_id with range overlap.
    this.addSql('create extension if not exists btree_gist;');
    this.createVenues();
    this.extendCourts();
    this.createBookings();
    this.createMaintenanceBlocks();
  }

  private createVenues(): void {
    this.addSql(`
      create table "venues" (
        "id" uuid primary key,
        "name" varchar(80) not null check (length(btrim("name")) between 1 and 80),
        "address" varchar(300) null,
        "time_zone" text not null check (length("time_zone") between 1 and 64),
        "opening_hours" jsonb not null default '[]' check (jsonb_typeof("opening_hours") = 'array'),
        "is_default" boolean not null default false,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now()
      );`);
    this.addSql('create unique index "venues_name_lower_unique" on "venues" (lower("name"));');
    // At most one default venue: the one that receives courts created without a venueId.
    this.addSql(
      'create unique index "venues_one_default" on "venues" ("is_default") where "is_default";',
    );
    this.addSql(`
      insert into "venues" ("id", "name", "time_zone", "opening_hours", "is_default")
      values (gen_random_uuid(), 'Main venue', 'UTC', (
        select jsonb_agg(jsonb_build_object('weekday', d, 'opens', '08:00', 'closes', '22:00'))
        from generate_series(1, 7) as d
      ), true);`);

    this.addSql(`
      create table "venue_hours_exceptions" (
        "venue_id" uuid not null references "venues" ("id") on delete cascade,
        "date" date not null,
        "closed" boolean not null,
        "intervals" jsonb not null default '[]' check (jsonb_typeof("intervals") = 'array'),
        "reason" varchar(200) null,
        primary key ("venue_id", "date"),
        check (not "closed" or "intervals" = '[]'::jsonb)
      );`);
  }

  private extendCourts(): void {
    this.addSql(`
      alter table "courts"
        add column "venue_id" uuid null references "venues" ("id"),
        add column "format" text null check ("format" in
          ('SINGLES', 'DOUBLES', 'FIVE_A_SIDE', 'SEVEN_A_SIDE', 'FULL_COURT', 'HALF_COURT')),
        add column "lights" boolean not null default false,
        add column "player_capacity" integer null check ("player_capacity" between 1 and 100),
        add column "amenities" jsonb not null default '[]'
          check (jsonb_typeof("amenities") = 'array'),
        add column "description" varchar(2000) null,
        add column "photo_urls" jsonb not null default '[]'
          check (jsonb_typeof("photo_urls") = 'array'),
        add column "archived_at" timestamptz null,
        add column "slot_interval_minutes" integer not null default 30
          check ("slot_interval_minutes" between 5 and 1440),
        add column "min_duration_minutes" integer not null default 60,
        add column "max_duration_minutes" integer not null default 120,
        add column "min_notice_minutes" integer not null default 0
          check ("min_notice_minutes" between 0 and 525600),
        add column "max_advance_days" integer not null default 14
          check ("max_advance_days" between 0 and 730),
        add column "cancellation_cutoff_minutes" integer null default 1440
          check ("cancellation_cutoff_minutes" between 0 and 525600),
        add column "max_active_bookings_per_user" integer null
          check ("max_active_bookings_per_user" between 1 and 1000),
        add constraint "courts_durations_on_grid" check (
          "min_duration_minutes" > 0
          and "min_duration_minutes" <= "max_duration_minutes"
          and "max_duration_minutes" <= 1440
          and "min_duration_minutes" % "slot_interval_minutes" = 0
          and "max_duration_minutes" % "slot_interval_minutes" = 0);`);
    this.addSql('update "courts" set "venue_id" = (select "id" from "venues" where "is_default");');
    this.addSql('alter table "courts" alter column "venue_id" set not null;');
    this.addSql('create index "courts_venue_idx" on "courts" ("venue_id", lower("name"));');
    // Names are unique per venue now: two venues may each have a "Court 1".
    this.addSql('drop index "courts_name_lower_unique";');
    this.addSql(
      `create unique index "courts_venue_name_lower_unique"
       on "courts" ("venue_id", lower("name"));`,
    );
  }

  private createBookings(): void {
    this.addSql(`
      create table "bookings" (
        "id" uuid primary key,
        "court_id" uuid not null references "courts" ("id") on delete restrict,
        "user_id" uuid not null,
        "starts_at" timestamptz not null,
        "ends_at" timestamptz not null,
        "period" tstzrange generated always as (tstzrange("starts_at", "ends_at", '[)')) stored,
        "status" text not null default 'CONFIRMED' check ("status" in ('CONFIRMED', 'CANCELLED')),
        "price_amount" integer not null check ("price_amount" >= 0),
        "price_currency" char(3) not null check ("price_currency" ~ '^[A-Z]{3}$'),
        "created_by" uuid not null,
        "created_at" timestamptz not null default now(),
        "idempotency_key" varchar(100) null,
        "overridden_rules" jsonb not null default '[]'
          check (jsonb_typeof("overridden_rules") = 'array'),
        "override_reason" varchar(500) null,
        "flagged_by_maintenance" boolean not null default false,
        "cancelled_by" uuid null,
        "cancelled_at" timestamptz null,
        "cancellation_reason" varchar(500) null,
        check ("ends_at" > "starts_at"),
        check (("status" = 'CANCELLED') = ("cancelled_at" is not null)),
        constraint "bookings_no_overlap" exclude using gist
          ("court_id" with =, "period" with &&) where ("status" = 'CONFIRMED')
      );`);
    this.addSql(`
      create unique index "bookings_idempotency_unique"
      on "bookings" ("created_by", "idempotency_key")
      where "idempotency_key" is not null;`);
    this.addSql('create index "bookings_user_idx" on "bookings" ("user_id", "starts_at", "id");');
    this.addSql('create index "bookings_court_idx" on "bookings" ("court_id", "starts_at");');
    this.addSql('create index "bookings_start_idx" on "bookings" ("starts_at", "id");');
  }

  private createMaintenanceBlocks(): void {
    this.addSql(`
      create table "maintenance_blocks" (
        "id" uuid primary key,
        "venue_id" uuid not null references "venues" ("id"),
        "starts_at" timestamptz not null,
        "ends_at" timestamptz not null,
        "reason" varchar(300) not null check (length(btrim("reason")) > 0),
        "conflict_policy" text not null
          check ("conflict_policy" in ('REJECT', 'CANCEL_BOOKINGS', 'KEEP_FLAGGED')),
        "created_by" uuid null,
        "created_at" timestamptz not null default now(),
        "removed_at" timestamptz null,
        "removed_by" uuid null,
        check ("ends_at" > "starts_at")
      );`);
    this.addSql(`
      create table "maintenance_block_courts" (
        "block_id" uuid not null references "maintenance_blocks" ("id") on delete cascade,
        "court_id" uuid not null references "courts" ("id") on delete restrict,
        primary key ("block_id", "court_id")
      );`);
    this.addSql(
      `create index "maintenance_block_courts_court_idx"
       on "maintenance_block_courts" ("court_id");`,
    );
    this.addSql(`
      create table "maintenance_block_bookings" (
        "block_id" uuid not null references "maintenance_blocks" ("id") on delete cascade,
        "booking_id" uuid not null references "bookings" ("id") on delete cascade,
        primary key ("block_id", "booking_id")
      );`);
  }

  override down(): void {
    this.addSql('drop table if exists "maintenance_block_bookings";');
    this.addSql('drop table if exists "maintenance_block_courts";');
    this.addSql('drop table if exists "maintenance_blocks";');
    this.addSql('drop table if exists "bookings";');
    this.addSql('drop index if exists "courts_venue_name_lower_unique";');
    this.addSql('create unique index "courts_name_lower_unique" on "courts" (lower("name"));');
    this.addSql(`
      alter table "courts" drop column "venue_id", drop column "format", drop column "lights",
        drop column "player_capacity", drop column "amenities", drop column "description",
        drop column "photo_urls", drop column "archived_at", drop column "slot_interval_minutes",
        drop column "min_duration_minutes", drop column "max_duration_minutes",
        drop column "min_notice_minutes", drop column "max_advance_days",
        drop column "cancellation_cutoff_minutes", drop column "max_active_bookings_per_user";`);
    this.addSql('drop table if exists "venue_hours_exceptions";');
    this.addSql('drop table if exists "venues";');
  }
}
