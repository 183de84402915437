import { EntitySchema } from '@mikro-orm/core';

export interface Role {
  id: number;
  name: string;
  description: string;
  /** System roles come from a migration and every environment relies on them. */
  system: boolean;
}

export const RoleSchema = new EntitySchema<Role>({
  name: 'Role',
  tableName: 'roles',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', length: 64, unique: true },
    description: { type: 'text' },
    system: { type: 'boolean', default: false },
  },
});
