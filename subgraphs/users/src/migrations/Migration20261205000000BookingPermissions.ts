import { Migration } from '@mikro-orm/migrations';

/**
 * The permissions of venues, bookings and maintenance blocks (enforced by the courts
 * subgraph), granted to the system roles: members book, staff run the venue day to day,
 * admins hold everything. The permission cache picks the grants up in the full sync that
 * follows the migrations at start.
 */
const PERMISSIONS: ReadonlyArray<[string, string]> = [
  ['venues:manage', 'Create venues and change their details, opening hours and exceptions'],
  ['bookings:create', 'Book courts for oneself'],
  ['bookings:manage', "Read and cancel anyone's bookings, book for others and override rules"],
  ['blocks:manage', 'Place and remove maintenance blocks on courts'],
];

const GRANTS: ReadonlyArray<[string, readonly string[]]> = [
  ['member', ['bookings:create']],
  ['staff', ['venues:manage', 'bookings:create', 'bookings:manage', 'blocks:manage']],
  ['admin', PERMISSIONS.map(([name]) => name)],
];

export class Migration20261205000000BookingPermissions extends Migration {
  override up(): void {
    for (const [name, description] of PERMISSIONS) {
      this.addSql(
        this.getKnex().insert({ name, description }).into('permissions').onConflict().ignore(),
      );
    }
    for (const [role, permissions] of GRANTS) {
      this.addSql(
        this.getKnex().raw(
          `insert into role_permissions (role_id, permission_id)
           select r.id, p.id from roles r, permissions p
           where r.name = ? and p.name in (?)
           on conflict do nothing`,
          [role, [...permissions]],
        ),
      );
    }
  }

  override down(): void {
    this.addSql(
      this.getKnex().raw('delete from permissions where name in (?)', [
        PERMISSIONS.map(([name]) => name),
      ]),
    );
  }
}
