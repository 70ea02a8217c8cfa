import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { Api } from '../api';
import { useAuth, useSessionExpiry } from '../auth';
import { Button } from './Button';
import { UnsavedChangesGuard } from './UnsavedChanges';
import { Alert, Loading } from './ui';

/** The counts the header shows; refetched on every change of page and after writes. */
export const BADGES_KEY = ['badges'] as const;

function Count({ n, more, label }: { n: number; more?: boolean; label: string }) {
  if (n <= 0) return null;
  return (
    <>
      {' '}
      <span className="count">
        {n > 99 ? '99+' : n}
        {more ? '+' : ''}
        <span className="visually-hidden"> {label}</span>
      </span>
    </>
  );
}

/** Moves focus to the new page's heading after client-side navigation (keyboard and screen readers). */
function useFocusOnNavigate(pathname: string) {
  const last = useRef<string | null>(null);
  useEffect(() => {
    const prev = last.current;
    last.current = pathname;
    if (prev === null || prev === pathname) return;
    const hash = window.location.hash.slice(1);
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      // The page may still be loading its chunk: wait for its heading a little.
      const target = (hash && document.getElementById(hash)) || null;
      const el = target ?? document.querySelector<HTMLElement>('main h1');
      if (!el && tries++ < 60) {
        frame = requestAnimationFrame(attempt);
        return;
      }
      if (el) {
        if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
        el.focus({ preventScroll: !target });
      }
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

export function Layout() {
  const { me, state, logout, reload } = useAuth();
  useSessionExpiry();
  const loc = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);
  useFocusOnNavigate(loc.pathname);

  useEffect(() => setMenuOpen(false), [loc.pathname, loc.search]);
  const signedIn = me !== null;
  useEffect(() => {
    if (signedIn) void qc.invalidateQueries({ queryKey: BADGES_KEY });
  }, [signedIn, loc.pathname, qc]);

  const incoming = useQuery({
    queryKey: [...BADGES_KEY, 'requests'],
    queryFn: async () => {
      const p = await Api.requests('incoming', null, 100);
      return { n: p.items.length, more: !!p.next_cursor };
    },
    enabled: signedIn,
  });
  const unread = useQuery({
    queryKey: [...BADGES_KEY, 'unread'],
    queryFn: async () => (await Api.unreadNotifications()).unread,
    enabled: signedIn,
  });
  const nRequests = signedIn ? (incoming.data?.n ?? 0) : 0;
  const nUnread = signedIn ? (unread.data ?? 0) : 0;

  const doLogout = async () => {
    await logout();
    navigate('/login', { replace: true });
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>pln</span>
          </Link>
          {me ? (
            <>
              <button
                type="button"
                className="menu-toggle btn btn-secondary"
                aria-expanded={menuOpen}
                aria-controls="primary-nav"
                onClick={() => setMenuOpen((o) => !o)}
              >
                Menu
                {/* What waits is visible without opening the menu. */}
                <Count n={nRequests + nUnread} label="waiting" />
              </button>
              <nav id="primary-nav" aria-label="Main" className={`primary-nav${menuOpen ? ' open' : ''}`}>
                <ul>
                  <li>
                    <NavLink to="/" end>
                      Home
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/directory">Directory</NavLink>
                  </li>
                  <li>
                    <NavLink to="/requests">
                      Requests
                      <Count n={nRequests} more={incoming.data?.more} label="pending" />
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/connections">My connections</NavLink>
                  </li>
                  <li>
                    <NavLink to="/feedback">Feedback</NavLink>
                  </li>
                  <li>
                    <NavLink to="/mentoring">Mentoring</NavLink>
                  </li>
                  <li>
                    <NavLink to="/programs">Programs</NavLink>
                  </li>
                  <li>
                    <NavLink to="/profile">My profile</NavLink>
                  </li>
                </ul>
                <div className="user-box">
                  <NavLink to="/notifications" className="bell">
                    Notifications
                    <Count n={nUnread} label="unread" />
                  </NavLink>
                  <span className="user-name" title={`${me.profile.name} (${me.email})`}>
                    <span className="visually-hidden">Signed in as </span>
                    {me.profile.name}
                  </span>
                  <Button variant="link" onClick={doLogout}>
                    Log out
                  </Button>
                </div>
              </nav>
            </>
          ) : (
            <nav aria-label="Account" className="anon-nav">
              <ul>
                <li>
                  <NavLink to="/login">Log in</NavLink>
                </li>
                <li>
                  <NavLink to="/signup">Sign up</NavLink>
                </li>
              </ul>
            </nav>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {state.status === 'error' ? (
          <div className="narrow">
            <h1>pln is not reachable</h1>
            <Alert>{state.message}</Alert>
            <Button variant="primary" onClick={() => void reload()}>
              Try again
            </Button>
          </div>
        ) : (
          <UnsavedChangesGuard>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </UnsavedChangesGuard>
        )}
      </main>
      <footer className="site-footer">
        <p>pln — your Personal Learning Network. Keep learning from the people around you.</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
