import type { MigrationObject } from '@mikro-orm/core';

import { Migration20261204000000CreateSchema } from './Migration20261204000000CreateSchema.js';
import { Migration20261204000100SeedCatalog } from './Migration20261204000100SeedCatalog.js';
import { Migration20261204180100Sessions } from './Migration20261204180100Sessions.js';
import { Migration20261204180200AuditLog } from './Migration20261204180200AuditLog.js';
import { Migration20261204180300PermissionOutbox } from './Migration20261204180300PermissionOutbox.js';
// prettier-ignore
import { Migration20261205000000BookingPermissions } from
  './Migration20261205000000BookingPermissions.js';

/**
 * Listed explicitly, in order: folder discovery fails under Jest ESM and in bundled images.
 * Never edit a migration that has shipped; add a new one.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261204000000CreateSchema', class: Migration20261204000000CreateSchema },
  { name: 'Migration20261204000100SeedCatalog', class: Migration20261204000100SeedCatalog },
  { name: 'Migration20261204180100Sessions', class: Migration20261204180100Sessions },
  { name: 'Migration20261204180200AuditLog', class: Migration20261204180200AuditLog },
  {
    name: 'Migration20261204180300PermissionOutbox',
    class: Migration20261204180300PermissionOutbox,
  },
  {
    name: 'Migration20261205000000BookingPermissions',
    class: Migration20261205000000BookingPermissions,
  },
];
