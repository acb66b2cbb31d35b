import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setCsrfToken, setSessionHooks } from '../api/client';

/** What /auth/session tells about the signed-in person (the gateway keeps their tokens; the page never sees one). */
export interface SignedIn {
  authenticated: true;
  subject: string;
  username: string;
  name: string | null;
  roles: string[];
  department: string | null;
  managedSite: string | null;
  locale: string | null;
  csrfToken: string;
}

export type SessionState = SignedIn | { authenticated: false };

export type Role = 'citizen' | 'staff' | 'procedure-admin' | 'info-policy' | 'lending-desk' | 'ops';

interface SessionContextValue {
  /** null until the first answer of /auth/session. */
  session: SessionState | null;
  hasRole(role: Role): boolean;
  refresh(): Promise<SessionState>;
  /** Where the sign-in starts, coming back to the given same-origin path. */
  signInUrl(returnTo: string): string;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function fetchSession(): Promise<SessionState> {
  try {
    const response = await fetch('/auth/session', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    });
    if (!response.ok) {
      return { authenticated: false };
    }
    const body = (await response.json()) as SessionState;
    return body.authenticated ? body : { authenticated: false };
  } catch {
    return { authenticated: false };
  }
}

/** A same-origin path starting with one slash, as the gateway accepts for returnTo; else the home page. */
export function safeReturnTo(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
}

export function SessionProvider({ children, language }: { children: ReactNode; language: string }) {
  const [session, setSession] = useState<SessionState | null>(null);

  const refresh = useCallback(async () => {
    const next = await fetchSession();
    setCsrfToken(next.authenticated ? next.csrfToken : null);
    setSession(next);
    return next;
  }, []);

  useEffect(() => {
    void refresh();
    setSessionHooks({
      renew: async () => {
        const next = await refresh();
        return next.authenticated ? next.csrfToken : null;
      },
      ended: () => void refresh(),
    });
    return () => setSessionHooks(null);
  }, [refresh]);

  const signOut = useCallback(async () => {
    const token = session?.authenticated ? session.csrfToken : '';
    await fetch('/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': token, Accept: 'application/json' },
    });
    setCsrfToken(null);
    setSession({ authenticated: false });
  }, [session]);

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      hasRole: (role) => Boolean(session?.authenticated && session.roles.includes(role)),
      refresh,
      signInUrl: (returnTo) =>
        `/auth/login?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}&lang=${encodeURIComponent(language)}`,
      signOut,
    }),
    [session, refresh, signOut, language],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) {
    throw new Error('useSession outside SessionProvider');
  }
  return context;
}
