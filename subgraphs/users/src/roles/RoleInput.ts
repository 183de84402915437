export interface CreateRoleInput {
  name: string;
  description: string;
  permissions: readonly string[];
}

/** An omitted (or null) field keeps its value. */
export interface UpdateRoleInput {
  description?: string | null;
  permissions?: readonly string[] | null;
}

/** Who asks for a role change, for the permission check and the audit log. */
export interface RoleChangeRequest {
  actorId: string;
  requestId: string;
}
