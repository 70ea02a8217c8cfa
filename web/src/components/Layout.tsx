import { useEffect, useState, type ReactNode } from 'react';
import { Api } from '../api';
import { useAuth } from '../auth';
import { Link, NavLink, navigate, useLocation } from '../router';

export function Layout({ children }: { children: ReactNode }) {
  const { me, logout } = useAuth();
  const loc = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [loc.pathname, loc.search]);

  // Pending incoming requests, refreshed on every page change.
  const [incoming, setIncoming] = useState<{ n: number; more: boolean } | null>(null);
  const signedIn = me !== null;
  useEffect(() => {
    if (!signedIn) {
      setIncoming(null);
      return;
    }
    let live = true;
    Api.requests('incoming', null, 100)
      .then((p) => live && setIncoming({ n: p.items.length, more: !!p.next_cursor }))
      .catch(() => live && setIncoming(null));
    return () => {
      live = false;
    };
  }, [signedIn, loc.pathname]);

  // Unread notifications: on every page change and when the list page marks some read.
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    if (!signedIn) {
      setUnread(0);
      return;
    }
    let live = true;
    const refresh = () =>
      Api.unreadNotifications()
        .then((r) => live && setUnread(r.unread))
        .catch(() => live && setUnread(0));
    void refresh();
    window.addEventListener('pln:notifications', refresh);
    return () => {
      live = false;
      window.removeEventListener('pln:notifications', refresh);
    };
  }, [signedIn, loc.pathname]);

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
              </button>
              <nav id="primary-nav" aria-label="Main" className={`primary-nav${menuOpen ? ' open' : ''}`}>
                <ul>
                  <li>
                    <NavLink to="/">Home</NavLink>
                  </li>
                  <li>
                    <NavLink to="/directory">Directory</NavLink>
                  </li>
                  <li>
                    <NavLink to="/requests">
                      Requests
                      {incoming && incoming.n > 0 && ' '}
                      {incoming && incoming.n > 0 && (
                        <span className="count">
                          {incoming.n}
                          {incoming.more ? '+' : ''}
                          <span className="visually-hidden"> pending</span>
                        </span>
                      )}
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
                    {unread > 0 && ' '}
                    {unread > 0 && (
                      <span className="count">
                        {unread > 99 ? '99+' : unread}
                        <span className="visually-hidden"> unread</span>
                      </span>
                    )}
                  </NavLink>
                  <span className="user-name" title={me.email}>
                    <span className="visually-hidden">Signed in as </span>
                    {me.profile.name}
                  </span>
                  <button type="button" className="btn btn-link" onClick={doLogout}>
                    Log out
                  </button>
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
        {children}
      </main>
      <footer className="site-footer">
        <p>pln — your Personal Learning Network. Keep learning from the people around you.</p>
      </footer>
    </div>
  );
}
