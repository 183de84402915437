import type { User } from '../database/entities/User.js';
import { errors } from '../errors/errors.js';
import { changeUserRole, type RoleChange } from '../users/changeUserRole.js';
import { loginUser } from '../users/loginUser.js';
import { registerUser } from '../users/registerUser.js';
import type { RegisterInput } from '../users/validateRegisterInput.js';
import type { GraphQLContext } from './GraphQLContext.js';

const READ_USERS = 'users:read';

interface AuthPayload {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: User;
}

async function authPayload(context: GraphQLContext, user: User): Promise<AuthPayload> {
  const { accessToken, expiresIn } = await context.services.tokens.issue(user.id);
  return { accessToken, tokenType: 'Bearer', expiresIn, user };
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
  return changeUserRole(em, services.permissionCache, logger, {
    ...args,
    actorId: viewer.id,
    kind,
  });
}

type RoleArgs = { userId: string; role: string };

export const resolvers = {
  Query: {
    me: (_parent: unknown, _args: unknown, context: GraphQLContext) => context.viewer(),
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
      const userId = await loginUser(context.em, args.username, args.password);
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
  },
  User: {
    __resolveReference: (reference: { id: string }, context: GraphQLContext) =>
      context.users.load(reference.id),
    permissions: async (user: User, _args: unknown, context: GraphQLContext) => {
      const viewer = await context.viewer();
      const allowed =
        viewer !== null &&
        (viewer.id === user.id || (await context.permissions.load(viewer.id)).includes(READ_USERS));
      if (!allowed) {
        throw errors.permissionsOfOtherUser();
      }
      return context.permissions.load(user.id);
    },
  },
};
