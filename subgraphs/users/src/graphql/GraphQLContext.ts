import type { EntityManager } from '@mikro-orm/postgresql';

import type { User } from '../database/entities/User.js';
import type { Logger } from '../logging/createLogger.js';
import type { UsersServices } from '../users/UsersServices.js';
import type { BatchLoader } from './createBatchLoader.js';

export interface GraphQLContext {
  requestId: string;
  logger: Logger;
  /** A fork per request: no identity map shared between requests. */
  em: EntityManager;
  services: UsersServices;
  /**
   * The caller: the `X-Auth-User` user when the header is a UUID of an existing active user,
   * otherwise null (anonymous). Loaded once per request, on first use.
   */
  viewer(): Promise<User | null>;
  users: BatchLoader<string, User | null>;
  permissions: BatchLoader<string, string[]>;
}
