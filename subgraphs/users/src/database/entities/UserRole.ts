import { EntitySchema } from '@mikro-orm/core';

import type { Role } from './Role.js';
import type { User } from './User.js';

/** One role assignment. */
export interface UserRole {
  user: User;
  role: Role;
  createdAt: Date;
}

export const UserRoleSchema = new EntitySchema<UserRole>({
  name: 'UserRole',
  tableName: 'user_roles',
  properties: {
    user: { kind: 'm:1', entity: 'User', primary: true, deleteRule: 'cascade' },
    role: { kind: 'm:1', entity: 'Role', primary: true, deleteRule: 'cascade' },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
  },
});
