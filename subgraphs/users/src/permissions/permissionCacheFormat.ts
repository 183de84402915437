/**
 * Version 1 of the permission cache (docs/contracts/permission-cache.md). The version is in
 * the key and in the value; readers ignore what they do not understand.
 */
export const PERMISSION_KEY_PREFIX = 'courtgraph:permissions:v1:user:';
export const SYNC_MARKER_KEY = 'courtgraph:permissions:v1:synced-at';
/**
 * Per-user revision of the last write (users only; readers never read it). Kept apart from
 * the entry so that the entry keeps exactly the v1 shape, and kept after a delete so that a
 * late, older write cannot bring a deleted entry back.
 */
export const REV_KEY_PREFIX = 'courtgraph:permissions:v1:rev:';

export interface PermissionCacheEntryV1 {
  v: 1;
  userId: string;
  /** Sorted and de-duplicated. */
  permissions: string[];
  updatedAt: string;
}

export function permissionKey(userId: string): string {
  return `${PERMISSION_KEY_PREFIX}${userId.toLowerCase()}`;
}

export function permissionRevKey(userId: string): string {
  return `${REV_KEY_PREFIX}${userId.toLowerCase()}`;
}

export function permissionEntry(
  userId: string,
  permissions: Iterable<string>,
  now: Date,
): PermissionCacheEntryV1 {
  return {
    v: 1,
    userId: userId.toLowerCase(),
    permissions: [...new Set(permissions)].sort(),
    updatedAt: now.toISOString(),
  };
}
