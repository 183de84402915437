import type { Logger } from 'pino';

/** What every GraphQL request carries through the gateway. */
export interface GatewayContext {
  /** Verified user id from the edge, or null for anonymous. */
  userId: string | null;
  /** Session of the caller's access token, when verified; only with a userId. */
  sessionId: string | null;
  requestId: string;
  logger: Logger;
}
