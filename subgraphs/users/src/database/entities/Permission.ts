import { EntitySchema } from '@mikro-orm/core';

export interface Permission {
  id: number;
  /** `<resource>:<action>`, e.g. `courts:create`. */
  name: string;
  description: string;
}

export const PermissionSchema = new EntitySchema<Permission>({
  name: 'Permission',
  tableName: 'permissions',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', length: 64, unique: true },
    description: { type: 'text' },
  },
});
