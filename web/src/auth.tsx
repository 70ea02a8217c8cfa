// The session: GET /me through the query cache. A 401 means "signed out", not an error.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { Api, ApiError, setCsrfToken, setUnauthenticatedHandler, type Me } from './api';

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'error'; message: string }
  | { status: 'authenticated'; me: Me };

interface AuthValue {
  state: AuthState;
  /** The signed-in member, or null. */
  me: Me | null;
  setMe: (me: Me) => void;
  reload: () => Promise<void>;
  logout: () => Promise<void>;
}

export const ME_KEY = ['me'] as const;

export async function loadMe(): Promise<Me | null> {
  try {
    const me = await Api.me();
    if (me.csrf_token) setCsrfToken(me.csrf_token);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function useAuth(): AuthValue {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ME_KEY, queryFn: loadMe, staleTime: 30_000, retry: 1 });

  const setMe = useCallback(
    (me: Me) => {
      if (me.csrf_token) setCsrfToken(me.csrf_token);
      qc.setQueryData(ME_KEY, me);
    },
    [qc],
  );
  const reload = useCallback(async () => {
    await qc.invalidateQueries({ queryKey: ME_KEY });
  }, [qc]);
  const logout = useCallback(async () => {
    try {
      await Api.logout();
    } catch {
      // Even if the server call fails, forget the session locally.
    }
    setCsrfToken(null);
    // Nothing of the previous member may be shown to the next one.
    qc.removeQueries();
    qc.setQueryData(ME_KEY, null);
  }, [qc]);

  const state: AuthState = q.isPending
    ? { status: 'loading' }
    : q.isError && q.data === undefined
      ? { status: 'error', message: q.error instanceof ApiError ? q.error.userMessage : 'Could not load your session.' }
      : q.data
        ? { status: 'authenticated', me: q.data }
        : { status: 'anonymous' };
  const me = state.status === 'authenticated' ? state.me : null;
  return useMemo(() => ({ state, me, setMe, reload, logout }), [q.data, q.status, setMe, reload, logout]); // eslint-disable-line react-hooks/exhaustive-deps
}

/** Marks the session ended when any call gets 401 (the session ended elsewhere). */
export function useSessionExpiry(): void {
  const qc = useQueryClient();
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      qc.setQueryData(ME_KEY, null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [qc]);
}

/** For pages behind login: the router only renders them when a member is signed in. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a session');
  return me;
}
