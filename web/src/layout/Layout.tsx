import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

import { appRoutes } from '../routes/appRoutes';
import { useSession } from '../session/SessionContext';

/** Header with the menu the user's permissions allow, then the page. */
export function Layout({ children }: { children: ReactNode }) {
  const session = useSession();
  const menu = appRoutes.filter(
    (route) =>
      route.menuLabel !== undefined &&
      (route.requiresSignIn !== true || session.state.status === 'signed-in') &&
      (route.permissions ?? []).every((permission) => session.can(permission)),
  );

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          courtgraph
        </Link>
        <nav aria-label="Main">
          <ul>
            {menu.map((route) => (
              <li key={route.path}>
                <NavLink to={route.path} end>
                  {route.menuLabel}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          {session.state.status === 'signed-in' ? (
            <>
              <span className="whoami">
                Signed in as <strong>{session.state.viewer.username}</strong>
              </span>
              <button type="button" onClick={() => void session.signOut()}>
                Sign out
              </button>
            </>
          ) : session.state.status === 'anonymous' ? (
            <>
              <NavLink to="/login">Sign in</NavLink>
              <NavLink to="/register" className="button button-primary">
                Register
              </NavLink>
            </>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
