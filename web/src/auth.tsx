import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Api, ApiError, setCsrfToken, setUnauthenticatedHandler, type Me } from './api';

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'error'; message: string }
  | { status: 'authenticated'; me: Me };

interface AuthContextValue {
  state: AuthState;
  /** The signed-in member; only call inside pages that require login. */
  me: Me | null;
  setMe: (me: Me) => void;
  reload: () => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const setMe = useCallback((me: Me) => {
    if (me.csrf_token) setCsrfToken(me.csrf_token);
    setState({ status: 'authenticated', me });
  }, []);

  const reload = useCallback(async () => {
    try {
      const me = await Api.me();
      setMe(me);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        setCsrfToken(null);
        setState({ status: 'anonymous' });
      } else {
        setState({ status: 'error', message: e instanceof ApiError ? e.userMessage : 'Could not load your session.' });
      }
    }
  }, [setMe]);

  const logout = useCallback(async () => {
    try {
      await Api.logout();
    } catch {
      // Even if the server call fails, forget the session locally.
    }
    setCsrfToken(null);
    setState({ status: 'anonymous' });
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setState({ status: 'anonymous' });
    });
    return () => setUnauthenticatedHandler(null);
  }, []);

  const value = useMemo<AuthContextValue>(
    () => ({ state, me: state.status === 'authenticated' ? state.me : null, setMe, reload, logout }),
    [state, setMe, reload, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** For pages behind login: the App only renders them when a member is signed in. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a session');
  return me;
}
