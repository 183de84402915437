import type { User } from '../database/entities/User.js';
import { errors } from '../errors/errors.js';
import type { GraphQLContext } from './GraphQLContext.js';

/** The signed-in caller; UNAUTHENTICATED when anonymous. */
export async function requireViewer(context: GraphQLContext): Promise<User> {
  const viewer = await context.viewer();
  if (!viewer) {
    throw errors.signInRequired();
  }
  return viewer;
}

/**
 * For reads: the caller must be signed in (UNAUTHENTICATED) and hold `permission`
 * (FORBIDDEN). Mutations check again inside their transaction, from PostgreSQL.
 */
export async function requirePermission(
  context: GraphQLContext,
  permission: string,
): Promise<User> {
  const viewer = await requireViewer(context);
  if (!(await context.permissions.load(viewer.id)).includes(permission)) {
    throw errors.missingPermission(permission);
  }
  return viewer;
}
