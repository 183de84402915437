import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';

import { Layout } from '../src/layout/Layout';
import { Can } from '../src/session/Can';
import { RequirePermission } from '../src/session/RequirePermission';
import { type Session, SessionContext, type SessionState } from '../src/session/SessionContext';
import { Permission } from '../src/session/permissions';

afterEach(cleanup);

function sessionWith(permissions: string[] | 'anonymous'): Session {
  const state: SessionState =
    permissions === 'anonymous'
      ? { status: 'anonymous' }
      : {
          status: 'signed-in',
          viewer: {
            __typename: 'User',
            id: 'u1',
            username: 'pat',
            displayName: 'Pat',
            roles: [],
            permissions,
          },
        };
  return {
    state,
    can: (permission) =>
      state.status === 'signed-in' && state.viewer.permissions.includes(permission),
    signIn: async () => undefined,
    register: async () => undefined,
    signOut: async () => undefined,
  };
}

function renderAt(path: string, session: Session) {
  return render(
    <SessionContext.Provider value={session}>
      <MemoryRouter initialEntries={[path]}>
        <Layout>
          <Routes>
            <Route
              path="/"
              element={
                <Can permission={Permission.CreateCourts}>
                  <a href="/courts/new">New court</a>
                </Can>
              }
            />
            <Route
              path="/admin/users"
              element={
                <RequirePermission permissions={[Permission.ReadUsers]}>
                  <h1>People list</h1>
                </RequirePermission>
              }
            />
            <Route path="/login" element={<h1>Sign in page</h1>} />
          </Routes>
        </Layout>
      </MemoryRouter>
    </SessionContext.Provider>,
  );
}

describe('permission gating', () => {
  it('shows staff actions and menu entries only to holders', () => {
    renderAt('/', sessionWith(['courts:create']));
    expect(screen.getByRole('link', { name: 'New court' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'People' })).toBeNull();
    cleanup();

    renderAt('/', sessionWith([]));
    expect(screen.queryByRole('link', { name: 'New court' })).toBeNull();
    cleanup();

    renderAt('/', sessionWith(['users:read']));
    expect(screen.getByRole('link', { name: 'People' })).toBeTruthy();
  });

  it('tells a signed-in user without the permission that the page is not theirs', () => {
    renderAt('/admin/users', sessionWith(['courts:create']));
    expect(screen.queryByText('People list')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Not available to your account' })).toBeTruthy();
    expect(screen.getByText(/“users:read”/)).toBeTruthy();
  });

  it('sends an anonymous visitor to sign in first', () => {
    renderAt('/admin/users', sessionWith('anonymous'));
    expect(screen.getByRole('heading', { name: 'Sign in page' })).toBeTruthy();
  });
});
