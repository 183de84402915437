import type { User } from '../database/entities/User.js';
import { errors } from '../errors/errors.js';
import { logoutAllSessions, logoutSession } from '../sessions/logoutSession.js';
import { rotateRefreshToken } from '../sessions/rotateRefreshToken.js';
import { startSession } from '../sessions/startSession.js';
import { changePassword } from '../users/changePassword.js';
import { changeUserRole, type RoleChange } from '../users/changeUserRole.js';
import { loginUser } from '../users/loginUser.js';
import { registerUser } from '../users/registerUser.js';
import { setUserActive } from '../users/setUserActive.js';
import type { RegisterInput } from '../users/validateRegisterInput.js';
import { administrationResolvers } from './administrationResolvers.js';
import type { GraphQLContext } from './GraphQLContext.js';

const READ_USERS = 'users:read';

interface AuthPayload {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: User;
  refreshToken: string;
}

/**
 * The answer of register and login. The caller has just proved to be `user`, so the payload's
 * user may be read as self (e.g. `user { permissions }`) although the request is anonymous.
 */
async function authPayload(
  context: GraphQLContext,
  user: User,
  session?: { sessionId: string; refreshToken: string },
): Promise<AuthPayload> {
  const { sessionId, refreshToken } = session ?? (await startSession(context.em, user.id));
  const { accessToken, expiresIn } = await context.services.tokens.issue(user.id, sessionId);
  context.authenticatedInRequest.add(user.id);
  return { accessToken, tokenType: 'Bearer', expiresIn, user, refreshToken };
}

async function signedInViewer(context: GraphQLContext): Promise<User> {
  const viewer = await context.viewer();
  if (!viewer) {
    throw errors.signInRequired();
  }
  return viewer;
}

async function changeActive(context: GraphQLContext, userId: string, active: boolean) {
  const viewer = await signedInViewer(context);
  const { em, services, logger } = context;
  try {
    return await setUserActive(
      em,
      { cache: services.permissionCache, feed: services.revocations, logger },
      { actorId: viewer.id, userId, active, requestId: context.requestId },
    );
  } finally {
    // As in changeRole: later fields of this request must not see the set loaded before.
    context.permissions.clear(userId.toLowerCase());
  }
}

/** Whether the caller may read `userId`'s own data: they are that user, or just proved it. */
async function isSelf(context: GraphQLContext, userId: string): Promise<boolean> {
  if (context.authenticatedInRequest.has(userId)) {
    return true;
  }
  return (await context.viewer())?.id === userId;
}

async function changeRole(
  context: GraphQLContext,
  args: RoleArgs,
  kind: RoleChange,
): Promise<User> {
  const viewer = await context.viewer();
  if (!viewer) {
    throw errors.signInRequired();
  }
  const { em, services, logger } = context;
  try {
    return await changeUserRole(em, services.permissionCache, logger, {
      ...args,
      actorId: viewer.id,
      kind,
      requestId: context.requestId,
    });
  } finally {
    // Mutations of one request run in order and share the per-request loader: without this,
    // `permissions` of this and every later field would show the set loaded before the change.
    // Also on failure: SERVICE_UNAVAILABLE means the change was saved all the same.
    context.permissions.clear(args.userId.toLowerCase());
    context.userRoles.clear(args.userId.toLowerCase());
  }
}

type RoleArgs = { userId: string; role: string };

async function viewerMayReadUsers(context: GraphQLContext): Promise<boolean> {
  const viewer = await context.viewer();
  return viewer !== null && (await context.permissions.load(viewer.id)).includes(READ_USERS);
}

/** Guard of the User fields that only the user themself or a users:read holder may see. */
async function requireSelfOrUsersRead(context: GraphQLContext, user: User): Promise<void> {
  if (!(await isSelf(context, user.id)) && !(await viewerMayReadUsers(context))) {
    throw errors.missingPermission(READ_USERS);
  }
}

export const resolvers = {
  Query: {
    me: (_parent: unknown, _args: unknown, context: GraphQLContext) => context.viewer(),
    ...administrationResolvers.Query,
  },
  Mutation: {
    register: async (_parent: unknown, args: { input: RegisterInput }, context: GraphQLContext) => {
      const { em, services, logger } = context;
      const user = await registerUser(em, services.permissionCache, logger, args.input);
      return authPayload(context, user);
    },
    login: async (
      _parent: unknown,
      args: { username: string; password: string },
      context: GraphQLContext,
    ) => {
      const { em, services, logger, clientAddress } = context;
      const userId = await loginUser(em, services.loginLimiter, logger, {
        ...args,
        clientAddress,
      });
      const user = await context.users.load(userId);
      if (!user) {
        throw errors.invalidCredentials();
      }
      return authPayload(context, user);
    },
    assignRole: (_parent: unknown, args: RoleArgs, context: GraphQLContext) =>
      changeRole(context, args, 'assign'),
    revokeRole: (_parent: unknown, args: RoleArgs, context: GraphQLContext) =>
      changeRole(context, args, 'revoke'),
    ...administrationResolvers.Mutation,
    refreshToken: async (
      _parent: unknown,
      args: { refreshToken: string },
      context: GraphQLContext,
    ) => {
      const { em, services, logger } = context;
      const rotated = await rotateRefreshToken(
        em,
        services.revocations,
        logger,
        args.refreshToken,
        services.sessionLimits,
      );
      const user = await context.users.load(rotated.userId);
      if (!user) {
        throw errors.invalidRefreshToken();
      }
      return authPayload(context, user, rotated);
    },
    logout: async (_parent: unknown, args: { refreshToken: string }, context: GraphQLContext) => {
      const { em, services, logger } = context;
      await logoutSession(em, services.revocations, logger, args.refreshToken);
      return true;
    },
    logoutAll: async (_parent: unknown, _args: unknown, context: GraphQLContext) => {
      const viewer = await signedInViewer(context);
      const { em, services, logger } = context;
      await logoutAllSessions(em, services.revocations, logger, viewer.id);
      return true;
    },
    changePassword: async (
      _parent: unknown,
      args: { currentPassword: string; newPassword: string },
      context: GraphQLContext,
    ) => {
      const viewer = await signedInViewer(context);
      const { em, services, logger, viewerSessionId, clientAddress } = context;
      await changePassword(em, services, logger, {
        ...args,
        userId: viewer.id,
        attempt: { username: viewer.username, clientAddress },
        keepSessionId: viewerSessionId,
      });
      return true;
    },
    deactivateUser: (_parent: unknown, args: { userId: string }, context: GraphQLContext) =>
      changeActive(context, args.userId, false),
    reactivateUser: (_parent: unknown, args: { userId: string }, context: GraphQLContext) =>
      changeActive(context, args.userId, true),
  },
  User: {
    __resolveReference: (reference: { id: string }, context: GraphQLContext) =>
      context.users.load(reference.id),
    permissions: async (user: User, _args: unknown, context: GraphQLContext) => {
      if (!(await isSelf(context, user.id)) && !(await viewerMayReadUsers(context))) {
        throw errors.permissionsOfOtherUser();
      }
      return context.permissions.load(user.id);
    },
    email: async (user: User, _args: unknown, context: GraphQLContext) => {
      await requireSelfOrUsersRead(context, user);
      return user.email;
    },
    active: async (user: User, _args: unknown, context: GraphQLContext) => {
      await requireSelfOrUsersRead(context, user);
      return user.active;
    },
    roles: async (user: User, _args: unknown, context: GraphQLContext) => {
      await requireSelfOrUsersRead(context, user);
      return context.userRoles.load(user.id);
    },
    createdAt: async (user: User, _args: unknown, context: GraphQLContext) => {
      await requireSelfOrUsersRead(context, user);
      return user.createdAt.toISOString();
    },
  },
};
