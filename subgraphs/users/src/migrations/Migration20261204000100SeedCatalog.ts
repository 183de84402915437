import { Migration } from '@mikro-orm/migrations';

// Every environment needs the permission catalog and the system roles, so they are data
// migrations rather than a seed: code checks these names.
const PERMISSIONS: ReadonlyArray<[string, string]> = [
  ['courts:create', 'Create courts and venues'],
  ['courts:update', 'Change courts and venues'],
  ['courts:delete', 'Delete courts and venues'],
  ['users:read', 'Read other users and their permissions'],
  ['users:manage', 'Create, change and deactivate users'],
  ['roles:read', 'Read roles and role assignments'],
  ['roles:manage', 'Assign and revoke roles'],
];

const ROLES: ReadonlyArray<[string, string, readonly string[]]> = [
  ['member', 'A registered player; no management rights', []],
  ['staff', 'Venue staff who maintain courts', ['courts:create', 'courts:update']],
  ['admin', 'Full administration', PERMISSIONS.map(([name]) => name)],
];

export class Migration20261204000100SeedCatalog extends Migration {
  override up(): void {
    for (const [name, description] of PERMISSIONS) {
      this.addSql(
        this.getKnex().insert({ name, description }).into('permissions').onConflict().ignore(),
      );
    }
    for (const [name, description, permissions] of ROLES) {
      this.addSql(
        this.getKnex()
          .insert({ name, description, system: true })
          .into('roles')
          .onConflict('name')
          .ignore(),
      );
      if (permissions.length > 0) {
        this.addSql(
          this.getKnex().raw(
            `insert into role_permissions (role_id, permission_id)
             select r.id, p.id from roles r, permissions p
             where r.name = ? and p.name in (?)
             on conflict do nothing`,
            [name, [...permissions]],
          ),
        );
      }
    }
  }

  override down(): void {
    this.addSql(this.getKnex().raw('delete from roles where system'));
    this.addSql(this.getKnex().raw('delete from permissions'));
  }
}
