import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import type { KnownUsers } from '../auth/knownUsers.js';
import type { PermissionReader } from '../auth/permissionReader.js';
import type { Booking } from '../bookings/bookingEntity.js';
import type { CourtLoader } from '../courts/courtLoader.js';
import type { EntityLoader } from '../db/createEntityLoader.js';
import type { Venue } from '../venues/venueEntity.js';

/** Everything a resolver may use; built fresh for every request. */
export interface CourtsContext {
  requestId: string;
  /** Child logger carrying `requestId`. */
  logger: Logger;
  /**
   * Lowercase user id from a well-formed `X-Auth-User`, or null when anonymous (also when
   * `GATEWAY_SECRET` is set and the request lacks the matching `X-Gateway-Secret`).
   */
  userId: string | null;
  /** A fork of the ORM's EntityManager: a failed flush cannot poison other requests. */
  em: EntityManager;
  loadCourt: CourtLoader;
  loadVenue: EntityLoader<Venue>;
  loadBooking: EntityLoader<Booking>;
  readPermissions: PermissionReader;
  /** Whether an id names an active user, read from the permission cache. */
  isKnownUser: KnownUsers;
}
