import { useEffect, useRef, type ReactNode } from 'react';
import { useAuth } from './auth';
import { Layout } from './components/Layout';
import { Alert, Loading } from './components/ui';
import { navigate, safeNext, useLocation } from './router';
import { LoginPage, SignupPage } from './pages/Auth';
import { HomePage } from './pages/Home';
import { ProfilePage } from './pages/Profile';
import { DirectoryPage } from './pages/Directory';
import { MemberPage } from './pages/Member';
import { RequestsPage } from './pages/Requests';
import { ConnectionsPage } from './pages/Connections';
import { NotFoundPage } from './pages/NotFound';
import { NotificationsPage } from './pages/Notifications';
import { FeedbackListPage, FeedbackRequestPage, SkillTimelinePage } from './pages/Feedback';
import { ProgramPage, ProgramsPage } from './pages/Programs';
import { MentorsPage } from './pages/Mentors';
import { MentoringPage } from './pages/Mentoring';

interface RouteMatch {
  page: ReactNode;
  /** Who may see it: everyone, only signed-out visitors, or only members. */
  access: 'any' | 'guest' | 'member';
}

function match(pathname: string): RouteMatch {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case '/':
      return { page: <HomePage />, access: 'member' };
    case '/login':
      return { page: <LoginPage />, access: 'guest' };
    case '/signup':
      return { page: <SignupPage />, access: 'guest' };
    case '/profile':
      return { page: <ProfilePage />, access: 'member' };
    case '/directory':
      return { page: <DirectoryPage />, access: 'member' };
    case '/requests':
      return { page: <RequestsPage />, access: 'member' };
    case '/connections':
      return { page: <ConnectionsPage />, access: 'member' };
    case '/feedback':
      return { page: <FeedbackListPage />, access: 'member' };
    case '/mentors':
      return { page: <MentorsPage />, access: 'member' };
    case '/mentoring':
      return { page: <MentoringPage />, access: 'member' };
    case '/notifications':
      return { page: <NotificationsPage />, access: 'member' };
    case '/programs':
      return { page: <ProgramsPage />, access: 'member' };
  }
  const pr = /^\/programs\/(\d+)$/.exec(path);
  if (pr) return { page: <ProgramPage id={Number(pr[1])} key={pr[1]} />, access: 'member' };
  const fb = /^\/feedback\/(\d+)$/.exec(path);
  if (fb) return { page: <FeedbackRequestPage id={Number(fb[1])} key={fb[1]} />, access: 'member' };
  const sk = /^\/skills\/([^/]+)$/.exec(path);
  if (sk) return { page: <SkillTimelinePage skill={decodeURIComponent(sk[1])} key={sk[1]} />, access: 'member' };
  if (/^\/mentoring\/\d+$/.test(path)) return { page: <MentoringPage />, access: 'member' };
  const m = /^\/members\/([^/]+)$/.exec(path);
  if (m) return { page: <MemberPage id={decodeURIComponent(m[1])} key={m[1]} />, access: 'any' };
  return { page: <NotFoundPage />, access: 'any' };
}

export function App() {
  const { state, reload } = useAuth();
  const loc = useLocation();
  const route = match(loc.pathname);

  // Redirects that depend on the session.
  useEffect(() => {
    if (state.status === 'anonymous' && route.access === 'member') {
      const next = loc.pathname + loc.search;
      navigate(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`, { replace: true });
    } else if (state.status === 'authenticated' && route.access === 'guest') {
      navigate(safeNext(loc.query.get('next')), { replace: true });
    }
  }, [state.status, route.access, loc]);

  // Move focus to the new page's heading after client-side navigation, so that
  // keyboard and screen-reader users start at the top of the new content.
  const lastPath = useRef<string | null>(null);
  useEffect(() => {
    if (lastPath.current !== null && lastPath.current !== loc.pathname) {
      const hash = window.location.hash.slice(1);
      const target = (hash && document.getElementById(hash)) || null;
      const el = target ?? document.querySelector<HTMLElement>('main h1');
      if (!target) window.scrollTo(0, 0);
      if (el) {
        if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
        el.focus({ preventScroll: !target });
      }
    }
    lastPath.current = loc.pathname;
  }, [loc.pathname, state.status]);

  let content: ReactNode;
  if (state.status === 'loading') {
    content = <Loading />;
  } else if (state.status === 'error') {
    content = (
      <div className="narrow">
        <h1>pln is not reachable</h1>
        <Alert>{state.message}</Alert>
        <button type="button" className="btn btn-primary" onClick={() => void reload()}>
          Try again
        </button>
      </div>
    );
  } else if (
    (state.status === 'anonymous' && route.access === 'member') ||
    (state.status === 'authenticated' && route.access === 'guest')
  ) {
    content = <Loading label="Redirecting…" />;
  } else {
    content = route.page;
  }
  return <Layout>{content}</Layout>;
}
