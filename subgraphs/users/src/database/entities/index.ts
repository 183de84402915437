import { PermissionSchema } from './Permission.js';
import { RolePermissionSchema } from './RolePermission.js';
import { RoleSchema } from './Role.js';
import { UserRoleSchema } from './UserRole.js';
import { UserSchema } from './User.js';

/** Passed to MikroORM explicitly: folder discovery does not work under Jest ESM. */
export const entities = [
  UserSchema,
  RoleSchema,
  PermissionSchema,
  RolePermissionSchema,
  UserRoleSchema,
];
