import {
  defaultFieldResolver,
  getDirectiveValues,
  isObjectType,
  type GraphQLDirective,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';

import { courtsErrors } from '../errors/courtsErrors.js';
import type { PermissionReader } from './permissionReader.js';

export const REQUIRES_PERMISSION = 'requiresPermission';

/** What the guard needs from the request context. */
export interface PermissionContext {
  userId: string | null;
  readPermissions: PermissionReader;
}

type DirectiveHolder = Parameters<typeof getDirectiveValues>[1];

function permissionOf(directive: GraphQLDirective, node: DirectiveHolder | null | undefined) {
  if (!node) return [];
  const values = getDirectiveValues(directive, node);
  return typeof values?.['permission'] === 'string' ? [values['permission']] : [];
}

/** Refuses unless the caller holds every permission: identity first, then the cached set. */
export async function assertPermissions(
  ctx: PermissionContext,
  permissions: readonly string[],
): Promise<void> {
  if (!ctx.userId) throw courtsErrors.unauthenticated();
  const held = await ctx.readPermissions(ctx.userId);
  const missing = permissions.find((permission) => !held.has(permission));
  if (missing !== undefined) throw courtsErrors.forbidden(missing);
}

/**
 * Enforces `@requiresPermission` on a schema built by `buildSubgraphSchema`. A field is guarded
 * when the directive sits on the field or on its object type, in the type definition or in any
 * `extend type` block (a type-level directive guards every field of the type).
 *
 * Resolvers are wrapped in place rather than with `mapSchema`: rebuilding the types would drop
 * what Apollo attached to them, such as `__resolveReference`, and break `_entities`.
 */
export function applyRequiresPermission(schema: GraphQLSchema): GraphQLSchema {
  const directive = schema.getDirective(REQUIRES_PERMISSION);
  if (!directive) throw new TypeError(`The schema does not define @${REQUIRES_PERMISSION}.`);

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeLevel = [type.astNode, ...type.extensionASTNodes].flatMap((node) =>
      permissionOf(directive, node),
    );

    for (const field of Object.values(type.getFields())) {
      const permissions = [...new Set([...typeLevel, ...permissionOf(directive, field.astNode)])];
      if (permissions.length === 0) continue;

      const resolve: GraphQLFieldResolver<unknown, PermissionContext> =
        field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, ctx: PermissionContext, info) => {
        await assertPermissions(ctx, permissions);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}
