import { createContext, useContext } from 'react';

import type { ViewerQuery } from '../generated/graphql';
import type { Problem } from '../errors/Problem';
import type { Permission } from './permissions';

export type Viewer = NonNullable<ViewerQuery['me']>;

/** Where the session is; each page decides what to show from this alone. */
export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous'; notice?: string }
  | { status: 'signed-in'; viewer: Viewer };

export interface Session {
  state: SessionState;
  /** Whether the signed-in user holds the permission; always false when anonymous. */
  can: (permission: Permission) => boolean;
  /** Resolves undefined on success, else the problem to show on the form. */
  signIn: (username: string, password: string) => Promise<Problem | undefined>;
  register: (input: RegisterFields) => Promise<Problem | undefined>;
  signOut: () => Promise<void>;
}

export interface RegisterFields {
  username: string;
  email: string;
  password: string;
  displayName: string;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionProvider> above it.');
  return session;
}
