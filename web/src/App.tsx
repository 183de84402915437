import { Link, Route, Routes } from 'react-router';

import { Layout } from './layout/Layout';
import { appRoutes } from './routes/appRoutes';
import { RequirePermission } from './session/RequirePermission';

export function App() {
  return (
    <Layout>
      <Routes>
        {appRoutes.map((route) => (
          <Route
            key={route.path}
            path={route.path}
            element={
              route.permissions || route.requiresSignIn ? (
                <RequirePermission permissions={route.permissions ?? []}>
                  {route.element}
                </RequirePermission>
              ) : (
                route.element
              )
            }
          />
        ))}
        <Route
          path="*"
          element={
            <section className="panel">
              <h1>Page not found</h1>
              <p>
                <Link to="/">See all courts</Link>
              </p>
            </section>
          }
        />
      </Routes>
    </Layout>
  );
}
