import type { ReactElement } from 'react';

import { LoginPage } from '../account/LoginPage';
import { RegisterPage } from '../account/RegisterPage';
import { UserPage } from '../admin/UserPage';
import { UsersPage } from '../admin/UsersPage';
import { BlocksPage } from '../blocks/BlocksPage';
import { AllBookingsPage } from '../bookings/AllBookingsPage';
import { MyBookingsPage } from '../bookings/MyBookingsPage';
import { CourtPage } from '../courts/CourtPage';
import { CourtsPage } from '../courts/CourtsPage';
import { NewCourtPage } from '../courts/NewCourtPage';
import type { Permission } from '../session/permissions';
import { Permission as P } from '../session/permissions';
import { VenuePage } from '../venues/VenuePage';
import { VenuesPage } from '../venues/VenuesPage';

/**
 * Every page of the app. A page that needs permissions is wrapped in RequirePermission by the
 * router and its menu entry is shown only to holders; a page for any signed-in user sends
 * anonymous visitors to sign in first.
 */
export interface AppRoute {
  path: string;
  element: ReactElement;
  /** Every one of these is needed to open the page (and to see its menu entry). */
  permissions?: readonly Permission[];
  /** Open to every signed-in user (their own data), not to anonymous visitors. */
  requiresSignIn?: boolean;
  /** The main menu's label; pages without one are reached from other pages. */
  menuLabel?: string;
}

export const appRoutes: readonly AppRoute[] = [
  { path: '/', element: <CourtsPage />, menuLabel: 'Courts' },
  { path: '/courts/new', element: <NewCourtPage />, permissions: [P.CreateCourts] },
  { path: '/courts/:courtId', element: <CourtPage /> },
  { path: '/venues', element: <VenuesPage />, menuLabel: 'Venues' },
  { path: '/venues/:venueId', element: <VenuePage /> },
  {
    path: '/bookings',
    element: <MyBookingsPage />,
    requiresSignIn: true,
    menuLabel: 'My bookings',
  },
  {
    path: '/staff/bookings',
    element: <AllBookingsPage />,
    permissions: [P.ManageBookings],
    menuLabel: 'All bookings',
  },
  {
    path: '/staff/blocks',
    element: <BlocksPage />,
    permissions: [P.ManageBlocks],
    menuLabel: 'Maintenance',
  },
  {
    path: '/admin/users',
    element: <UsersPage />,
    permissions: [P.ReadUsers],
    menuLabel: 'People',
  },
  { path: '/admin/users/:userId', element: <UserPage />, permissions: [P.ReadUsers, P.ReadRoles] },
  { path: '/login', element: <LoginPage /> },
  { path: '/register', element: <RegisterPage /> },
];
