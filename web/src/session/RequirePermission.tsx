import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { useSession } from './SessionContext';
import type { Permission } from './permissions';

interface Props {
  permissions: readonly Permission[];
  children: ReactNode;
}

/**
 * A page for holders of some permissions. Anonymous visitors are sent to sign in and come back;
 * signed-in users without it are told so. The server refuses the operations regardless.
 */
export function RequirePermission({ permissions, children }: Props) {
  const session = useSession();
  const location = useLocation();
  switch (session.state.status) {
    case 'restoring':
      return (
        <p className="loading" role="status">
          Loading your account…
        </p>
      );
    case 'anonymous':
      return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
    case 'signed-in': {
      const missing = permissions.filter((permission) => !session.can(permission));
      if (missing.length === 0) return <>{children}</>;
      return (
        <section className="panel">
          <h1>Not available to your account</h1>
          <p>
            This page needs the {missing.map((name) => `“${name}”`).join(' and ')} permission. Ask
            an administrator if you should have it.
          </p>
        </section>
      );
    }
    default:
      return unreachable(session.state);
  }
}

function unreachable(state: never): never {
  throw new Error(`Unknown session state ${JSON.stringify(state)}`);
}
