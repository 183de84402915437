import type { ReactElement } from 'react';

import { LoginPage } from '../account/LoginPage';
import { RegisterPage } from '../account/RegisterPage';
import { UserPage } from '../admin/UserPage';
import { UsersPage } from '../admin/UsersPage';
import { CourtPage } from '../courts/CourtPage';
import { CourtsPage } from '../courts/CourtsPage';
import { NewCourtPage } from '../courts/NewCourtPage';
import type { Permission } from '../session/permissions';
import { Permission as P } from '../session/permissions';

/**
 * Every page of the app. A page that needs permissions is wrapped in RequirePermission by the
 * router and its menu entry is shown only to holders. Venues, availability, bookings and
 * maintenance blocks join this list as their pages are written.
 */
export interface AppRoute {
  path: string;
  element: ReactElement;
  /** Every one of these is needed to open the page (and to see its menu entry). */
  permissions?: readonly Permission[];
  /** The main menu's label; pages without one are reached from other pages. */
  menuLabel?: string;
}

export const appRoutes: readonly AppRoute[] = [
  { path: '/', element: <CourtsPage />, menuLabel: 'Courts' },
  { path: '/courts/new', element: <NewCourtPage />, permissions: [P.CreateCourts] },
  { path: '/courts/:courtId', element: <CourtPage /> },
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
