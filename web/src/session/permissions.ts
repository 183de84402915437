/**
 * Permission names the interface checks (see the users subgraph's permission catalog). The
 * server refuses every one of these operations on its own; the interface only hides what the
 * signed-in user could not do anyway.
 */
export const Permission = {
  CreateCourts: 'courts:create',
  UpdateCourts: 'courts:update',
  DeleteCourts: 'courts:delete',
  ReadUsers: 'users:read',
  ReadRoles: 'roles:read',
  ManageRoles: 'roles:manage',
  CreateBookings: 'bookings:create',
  ManageBookings: 'bookings:manage',
  ManageVenues: 'venues:manage',
  ManageBlocks: 'blocks:manage',
} as const;

export type Permission = (typeof Permission)[keyof typeof Permission];
