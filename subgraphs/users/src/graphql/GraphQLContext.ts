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
   * The TCP peer's address (`trust proxy` is off, so X-Forwarded-For is never believed).
   * Behind the edge this is the edge's address for every client.
   */
  clientAddress: string;
  /**
   * The caller: the `X-Auth-User` user when the header is a UUID of an existing active user,
   * otherwise null (anonymous). Loaded once per request, on first use.
   */
  viewer(): Promise<User | null>;
  /**
   * Ids of the users the caller proved to be during this request (register, login) although
   * the request itself arrived anonymous or as someone else. The payload of those mutations
   * may show such a user their own data, as if they were the viewer; nothing else changes:
   * `viewer()` and every permission check still go by the X-Auth-User header.
   */
  authenticatedInRequest: Set<string>;
  /**
   * The session of the caller's access token (`X-Auth-Session`, set by /auth/verify), believed
   * under the same rule as X-Auth-User; undefined when absent or malformed.
   */
  viewerSessionId: string | undefined;
  users: BatchLoader<string, User | null>;
  permissions: BatchLoader<string, string[]>;
  /** Sorted role names per user id. */
  userRoles: BatchLoader<string, string[]>;
}
