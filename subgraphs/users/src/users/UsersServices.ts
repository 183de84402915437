import type { AccessTokens } from '../auth/accessTokens.js';
import type { SessionLimits } from '../config/UsersConfig.js';
import type { UsersOrm } from '../database/createOrm.js';
import type { PermissionCache } from '../permissions/permissionCache.js';
import type { RevocationFeed } from '../revocations/RevocationFeed.js';
import type { LoginFailureLimiter } from './LoginFailureLimiter.js';

/** The long-lived collaborators that resolvers and use cases share. */
export interface UsersServices {
  orm: UsersOrm;
  tokens: AccessTokens;
  permissionCache: PermissionCache;
  loginLimiter: LoginFailureLimiter;
  revocations: RevocationFeed;
  sessionLimits: SessionLimits;
}
