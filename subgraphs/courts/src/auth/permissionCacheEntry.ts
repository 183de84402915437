/** Key prefix of format v1; the version is in the key and in the value. */
const KEY_PREFIX = 'courtgraph:permissions:v1:user:';
const PERMISSION = /^[a-z]+:[a-z]+$/;

export function permissionCacheKey(userId: string): string {
  return KEY_PREFIX + userId.toLowerCase();
}

export type PermissionEntryResult =
  | { ok: true; permissions: ReadonlySet<string> }
  | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses one cached value per docs/contracts/permission-cache.md. Anything but a well-formed v1
 * entry for this very user is rejected: a bad entry may only take rights away, never grant them.
 */
export function parsePermissionEntry(raw: string, userId: string): PermissionEntryResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'value is not JSON' };
  }
  if (!isRecord(value)) return { ok: false, reason: 'value is not a JSON object' };
  if (value['v'] !== 1) return { ok: false, reason: `unknown version ${String(value['v'])}` };
  if (typeof value['userId'] !== 'string' || value['userId'] !== userId.toLowerCase()) {
    return { ok: false, reason: 'userId does not match the key' };
  }

  const permissions = value['permissions'];
  if (!Array.isArray(permissions)) return { ok: false, reason: 'permissions is not an array' };
  if (!permissions.every((p): p is string => typeof p === 'string' && PERMISSION.test(p))) {
    return { ok: false, reason: 'permissions holds a malformed name' };
  }
  return { ok: true, permissions: new Set(permissions) };
}
