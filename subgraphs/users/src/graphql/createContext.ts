import type { ExpressContextFunctionArgument } from '@as-integrations/express5';

import { isFromGateway } from '../auth/isFromGateway.js';
import { isUserId } from '../auth/isUserId.js';
import type { User } from '../database/entities/User.js';
import { getRequestContext } from '../http/requestContext.js';
import type { Logger } from '../logging/createLogger.js';
import { loadEffectivePermissions } from '../permissions/loadEffectivePermissions.js';
import { findRoleNamesByUserIds } from '../users/findRoleNamesByUserIds.js';
import { findUsersByIds } from '../users/findUsersByIds.js';
import type { UsersServices } from '../users/UsersServices.js';
import { createBatchLoader } from './createBatchLoader.js';
import type { GraphQLContext } from './GraphQLContext.js';

/** `gatewaySecret`: `GATEWAY_SECRET`, or undefined to believe every caller's X-Auth-User. */
export function createContext(
  services: UsersServices,
  logger: Logger,
  gatewaySecret: string | undefined,
) {
  return async ({ req, res }: ExpressContextFunctionArgument): Promise<GraphQLContext> => {
    const requestContext = getRequestContext(res);
    const em = services.orm.em.fork();
    const users = createBatchLoader<string, User | null>((ids) => findUsersByIds(em, ids), null);
    const permissions = createBatchLoader<string, string[]>(
      (ids) => loadEffectivePermissions(em, ids.filter(isUserId)),
      [],
    );
    const userRoles = createBatchLoader<string, string[]>(
      (ids) => findRoleNamesByUserIds(em, ids),
      [],
    );

    // The gateway sets this header after the edge verified the token; check its shape again
    // (defence in depth) and require the user to exist and be active. With a gateway secret
    // configured, a request without it is anonymous: another local process could send it.
    const fromGateway =
      gatewaySecret === undefined || isFromGateway(req.headers['x-gateway-secret'], gatewaySecret);
    const header = fromGateway ? req.get('x-auth-user') : undefined;
    if (!fromGateway && req.get('x-auth-user')) {
      // A hint for a gateway sending no or another secret; neither value is logged.
      (requestContext?.logger ?? logger).warn(
        'X-Auth-User ignored: X-Gateway-Secret is missing or wrong, so the caller is anonymous',
      );
    }
    const sessionHeader = fromGateway ? req.get('x-auth-session') : undefined;
    let viewer: Promise<User | null> | undefined;
    const loadViewer = async (): Promise<User | null> => {
      if (!isUserId(header)) {
        return null;
      }
      const user = await users.load(header.toLowerCase());
      return user?.active ? user : null;
    };

    return {
      requestId: requestContext?.requestId ?? 'unknown',
      logger: requestContext?.logger ?? logger,
      em,
      services,
      clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      viewer: () => (viewer ??= loadViewer()),
      authenticatedInRequest: new Set(),
      viewerSessionId: isUserId(sessionHeader) ? sessionHeader.toLowerCase() : undefined,
      users,
      permissions,
      userRoles,
    };
  };
}
