import { listAuditLog, type ListAuditLogArgs } from '../audit/listAuditLog.js';
import { isUserId } from '../auth/isUserId.js';
import type { User } from '../database/entities/User.js';
import { createRole } from '../roles/createRole.js';
import { deleteRole } from '../roles/deleteRole.js';
import { findRoles } from '../roles/findRoles.js';
import type { CreateRoleInput, UpdateRoleInput } from '../roles/RoleInput.js';
import { updateRole } from '../roles/updateRole.js';
import { createUser, type CreateUserInput } from '../users/createUser.js';
import { listUsers, type ListUsersArgs } from '../users/listUsers.js';
import { updateUser, type UpdateUserInput } from '../users/updateUser.js';
import type { GraphQLContext } from './GraphQLContext.js';
import { requirePermission, requireViewer } from './requirePermission.js';

/**
 * Queries and mutations of user and role administration (issue 3). Reads check the caller's
 * permission here; mutations check it again in their transaction, under the lock.
 */
export const administrationResolvers = {
  Query: {
    users: async (_parent: unknown, args: ListUsersArgs, context: GraphQLContext) => {
      await requirePermission(context, 'users:read');
      return listUsers(context.em, args);
    },
    user: async (_parent: unknown, args: { id: string }, context: GraphQLContext) => {
      await requirePermission(context, 'users:read');
      return isUserId(args.id) ? context.users.load(args.id.toLowerCase()) : null;
    },
    roles: async (_parent: unknown, _args: unknown, context: GraphQLContext) => {
      await requirePermission(context, 'roles:read');
      return findRoles(context.em);
    },
    permissions: async (_parent: unknown, _args: unknown, context: GraphQLContext) => {
      await requirePermission(context, 'roles:read');
      return context.em.execute('select name, description from permissions order by name');
    },
    auditLog: async (_parent: unknown, args: ListAuditLogArgs, context: GraphQLContext) => {
      await requirePermission(context, 'audit:read');
      return listAuditLog(context.em, args);
    },
  },
  Mutation: {
    createUser: async (
      _parent: unknown,
      args: { input: CreateUserInput },
      context: GraphQLContext,
    ): Promise<User> => {
      const viewer = await requireViewer(context);
      const { em, services, logger, requestId } = context;
      return createUser(em, services.permissionCache, logger, {
        actorId: viewer.id,
        requestId,
        input: args.input,
      });
    },
    updateUser: async (
      _parent: unknown,
      args: { id: string; input: UpdateUserInput },
      context: GraphQLContext,
    ): Promise<User> => {
      const viewer = await requireViewer(context);
      const user = await updateUser(context.em, context.logger, {
        ...args,
        actorId: viewer.id,
        requestId: context.requestId,
      });
      // A later field of this request must not show the user loaded before the change.
      context.users.clear(user.id);
      return user;
    },
    createRole: async (
      _parent: unknown,
      args: { input: CreateRoleInput },
      context: GraphQLContext,
    ) => {
      const viewer = await requireViewer(context);
      return createRole(context.em, context.logger, {
        input: args.input,
        actorId: viewer.id,
        requestId: context.requestId,
      });
    },
    updateRole: async (
      _parent: unknown,
      args: { name: string; input: UpdateRoleInput },
      context: GraphQLContext,
    ) => {
      const viewer = await requireViewer(context);
      const { em, services, logger, requestId } = context;
      try {
        return await updateRole(em, services.permissionCache, logger, {
          ...args,
          actorId: viewer.id,
          requestId,
        });
      } finally {
        // Any holder's permissions may have changed; the actor's is the one most likely read
        // again in this request (later fields check it).
        context.permissions.clear(viewer.id);
      }
    },
    deleteRole: async (_parent: unknown, args: { name: string }, context: GraphQLContext) => {
      const viewer = await requireViewer(context);
      return deleteRole(context.em, context.logger, {
        name: args.name,
        actorId: viewer.id,
        requestId: context.requestId,
      });
    },
  },
};
