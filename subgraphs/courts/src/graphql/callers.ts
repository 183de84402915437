import type { BookingCaller } from '../bookings/bookingInput.js';
import { courtsErrors } from '../errors/courtsErrors.js';
import type { CourtsContext } from './courtsContext.js';

/** The signed-in caller's id; UNAUTHENTICATED for anonymous callers. */
export function requireUser(ctx: CourtsContext): string {
  if (!ctx.userId) throw courtsErrors.unauthenticated();
  return ctx.userId;
}

/**
 * Whether the signed-in caller holds `permission`, for rules that depend on who asks (an owner
 * or staff). A missing cache entry stays SERVICE_UNAVAILABLE: never read as "does not hold".
 */
export async function holds(ctx: CourtsContext, permission: string): Promise<boolean> {
  if (!ctx.userId) return false;
  return (await ctx.readPermissions(ctx.userId)).has(permission);
}

export async function bookingCaller(ctx: CourtsContext): Promise<BookingCaller> {
  const userId = requireUser(ctx);
  return { userId, canManage: await holds(ctx, 'bookings:manage') };
}
