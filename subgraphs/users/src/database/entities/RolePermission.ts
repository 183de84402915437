import { EntitySchema } from '@mikro-orm/core';

import type { Permission } from './Permission.js';
import type { Role } from './Role.js';

export interface RolePermission {
  role: Role;
  permission: Permission;
}

export const RolePermissionSchema = new EntitySchema<RolePermission>({
  name: 'RolePermission',
  tableName: 'role_permissions',
  properties: {
    role: { kind: 'm:1', entity: 'Role', primary: true, deleteRule: 'cascade' },
    permission: { kind: 'm:1', entity: 'Permission', primary: true, deleteRule: 'cascade' },
  },
});
