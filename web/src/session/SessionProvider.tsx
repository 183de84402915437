import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';

import type { SessionRefresher } from '../apollo/SessionRefresher';
import type { TokenStore } from '../apollo/TokenStore';
import { describeError } from '../errors/describeError';
import {
  LoginDocument,
  LogoutDocument,
  RegisterDocument,
  ViewerDocument,
} from '../generated/graphql';
import {
  type RegisterFields,
  type Session,
  SessionContext,
  type SessionState,
} from './SessionContext';

/** How often the signed-in user's roles and permissions are read again while the app is open. */
const VIEWER_REFRESH_MS = 60_000;
import type { Permission } from './permissions';

interface Props {
  tokens: TokenStore;
  refresher: SessionRefresher;
  children: ReactNode;
}

/**
 * Signs in, registers, signs out, and restores the session after a reload (the refresh token
 * in sessionStorage buys a new access token). When a refresh is refused anywhere in the app,
 * the token store empties and every page falls back to the anonymous view.
 */
export function SessionProvider({ tokens, refresher, children }: Props) {
  const client = useApolloClient();
  const signedIn = useSyncExternalStore(
    (listener) => tokens.subscribe(listener),
    () => tokens.signedIn,
  );
  const [restoring, setRestoring] = useState(() => tokens.signedIn && !tokens.accessToken);
  const [notice, setNotice] = useState<string | undefined>();

  useEffect(() => {
    if (!restoring) return;
    void refresher.refreshAfter(null).finally(() => setRestoring(false));
  }, [restoring, refresher]);

  // A session that ended on its own (refresh refused): forget what it could see.
  const [wasSignedIn, setWasSignedIn] = useState(signedIn);
  if (wasSignedIn !== signedIn) {
    setWasSignedIn(signedIn);
    if (!signedIn) {
      setNotice('Your session has ended. Sign in again to continue.');
      void client.clearStore();
    }
  }

  const viewerQuery = useQuery(ViewerDocument, {
    skip: !signedIn || restoring,
    fetchPolicy: 'cache-and-network',
    // Roles change while the app is open (an admin grants or revokes one): ask again now and
    // then, so that menus follow without a reload. The server decides either way.
    pollInterval: VIEWER_REFRESH_MS,
  });
  const { refetch } = viewerQuery;
  useEffect(() => {
    if (!signedIn || restoring) return undefined;
    const onFocus = () => void refetch().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [signedIn, restoring, refetch]);

  const startSession = useCallback(
    async (issued: { accessToken: string; refreshToken: string }) => {
      setNotice(undefined);
      tokens.save(issued);
      setWasSignedIn(true);
      // Lists may show more (or less) to this user than to the anonymous visitor.
      await client.resetStore();
    },
    [client, tokens],
  );

  const signIn = useCallback(
    async (username: string, password: string) => {
      try {
        const { data } = await client.mutate({
          mutation: LoginDocument,
          variables: { username, password },
          context: { anonymous: true },
        });
        if (data) await startSession(data.login);
        return undefined;
      } catch (error) {
        return describeError(error, { credentials: true });
      }
    },
    [client, startSession],
  );

  const register = useCallback(
    async (input: RegisterFields) => {
      try {
        const { data } = await client.mutate({
          mutation: RegisterDocument,
          variables: { input },
          context: { anonymous: true },
        });
        if (data) await startSession(data.register);
        return undefined;
      } catch (error) {
        return describeError(error, { credentials: true });
      }
    },
    [client, startSession],
  );

  const signOut = useCallback(async () => {
    const refreshToken = tokens.refreshToken;
    setWasSignedIn(false);
    tokens.clear();
    setNotice(undefined);
    await client.clearStore();
    if (refreshToken !== null) {
      // Ends the session on the server too; the tokens are already gone from here either way.
      await client
        .mutate({
          mutation: LogoutDocument,
          variables: { refreshToken },
          context: { anonymous: true },
        })
        .catch(() => undefined);
    }
    await client.refetchObservableQueries();
  }, [client, tokens]);

  const state: SessionState = useMemo(() => {
    const viewer = viewerQuery.data?.me;
    if (restoring || (signedIn && !viewer && viewerQuery.loading)) return { status: 'restoring' };
    if (signedIn && viewer) return { status: 'signed-in', viewer };
    return notice === undefined ? { status: 'anonymous' } : { status: 'anonymous', notice };
  }, [restoring, signedIn, viewerQuery.data, viewerQuery.loading, notice]);

  const session: Session = useMemo(
    () => ({
      state,
      can: (permission: Permission) =>
        state.status === 'signed-in' && state.viewer.permissions.includes(permission),
      signIn,
      register,
      signOut,
    }),
    [state, signIn, register, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
