import { EntitySchema } from '@mikro-orm/core';

export interface User {
  id: string;
  username: string;
  email: string;
  /** argon2id PHC string; never leaves this service. */
  passwordHash: string;
  displayName: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

// Uniqueness of username and email is case-insensitive; it lives in the migration as unique
// indexes on lower(...), which the ORM metadata cannot express.
export const UserSchema = new EntitySchema<User>({
  name: 'User',
  tableName: 'users',
  properties: {
    id: { type: 'uuid', primary: true },
    username: { type: 'string', length: 32 },
    email: { type: 'string', length: 254 },
    passwordHash: { type: 'text', lazy: true },
    displayName: { type: 'string', length: 64 },
    active: { type: 'boolean', default: true },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
    updatedAt: {
      type: 'Date',
      columnType: 'timestamptz',
      onCreate: () => new Date(),
      onUpdate: () => new Date(),
    },
  },
});
