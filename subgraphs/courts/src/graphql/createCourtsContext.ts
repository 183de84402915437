import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { Redis } from 'ioredis';

import { GATEWAY_SECRET_HEADER, isFromGateway } from '../auth/isFromGateway.js';
import { createKnownUsers } from '../auth/knownUsers.js';
import { parseIdentity } from '../auth/parseIdentity.js';
import { createPermissionReader } from '../auth/permissionReader.js';
import { BookingSchema } from '../bookings/bookingEntity.js';
import { createCourtLoader } from '../courts/courtLoader.js';
import { createEntityLoader } from '../db/createEntityLoader.js';
import type { Orm } from '../db/createOrm.js';
import { requestLocals } from '../http/requestContext.js';
import { VenueSchema } from '../venues/venueEntity.js';
import type { CourtsContext } from './courtsContext.js';

/**
 * Builds each request's context: identity, a fresh EntityManager fork and per-request caches.
 * With `gatewaySecret` set, `X-Auth-User` counts only on requests carrying that secret; any
 * other caller is anonymous, never an error, since anonymous holds no rights.
 */
export function createCourtsContext(orm: Orm, redis: Redis, gatewaySecret: string | null) {
  return async ({ req, res }: ExpressContextFunctionArgument): Promise<CourtsContext> => {
    const { requestId, logger } = requestLocals(res);
    const em = orm.em.fork();
    const trusted =
      gatewaySecret === null || isFromGateway(req.headers[GATEWAY_SECRET_HEADER], gatewaySecret);
    return {
      requestId,
      logger,
      userId: trusted ? parseIdentity(req.headers['x-auth-user']) : null,
      em,
      loadCourt: createCourtLoader(em),
      loadVenue: createEntityLoader(em, VenueSchema),
      loadBooking: createEntityLoader(em, BookingSchema),
      readPermissions: createPermissionReader(redis, logger),
      isKnownUser: createKnownUsers(redis),
    };
  };
}
