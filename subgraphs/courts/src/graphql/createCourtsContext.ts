import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { Redis } from 'ioredis';

import { parseIdentity } from '../auth/parseIdentity.js';
import { createPermissionReader } from '../auth/permissionReader.js';
import { createCourtLoader } from '../courts/courtLoader.js';
import type { Orm } from '../db/createOrm.js';
import { requestLocals } from '../http/requestContext.js';
import type { CourtsContext } from './courtsContext.js';

/** Builds each request's context: identity, a fresh EntityManager fork and per-request caches. */
export function createCourtsContext(orm: Orm, redis: Redis) {
  return async ({ req, res }: ExpressContextFunctionArgument): Promise<CourtsContext> => {
    const { requestId, logger } = requestLocals(res);
    const em = orm.em.fork();
    return {
      requestId,
      logger,
      userId: parseIdentity(req.headers['x-auth-user']),
      em,
      loadCourt: createCourtLoader(em),
      readPermissions: createPermissionReader(redis, logger),
    };
  };
}
