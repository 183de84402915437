import type { ReactNode } from 'react';

import { useSession } from './SessionContext';
import type { Permission } from './permissions';

/** Renders its children only for a signed-in user who holds the permission. */
export function Can({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useSession().can(permission) ? <>{children}</> : null;
}
