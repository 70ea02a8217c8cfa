// The app's routes (React Router, docs/adr/0005). Every page is its own chunk (React.lazy),
// so the first load carries only the shell and the page it shows.
import { createElement, lazy, type ComponentType } from 'react';
import { Navigate, Outlet, createBrowserRouter, useLocation, useParams, useSearchParams } from 'react-router';
import { useAuth } from './auth';
import { Layout } from './components/Layout';
import { Loading } from './components/ui';
import { safeNext } from './lib/nav';

type Page = ComponentType<any> & { preload: () => Promise<unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A named export of a page module as a lazily loaded component (React.lazy). Once its module
 *  has loaded (preload), it renders at once without suspending: React would otherwise show the
 *  fallback and hold the page back for its reveal throttle even when the code is already here. */
function page<M, K extends keyof M>(load: () => Promise<M>, name: K): Page {
  let loaded: ComponentType<any> | null = null; // eslint-disable-line @typescript-eslint/no-explicit-any
  const preload = () =>
    load().then((m) => {
      loaded = m[name] as ComponentType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      return { default: loaded };
    });
  const Lazy = lazy(preload);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const Component = (props: any) => (loaded ? createElement(loaded, props) : createElement(Lazy, props));
  return Object.assign(Component, { preload });
}

const HomePage = page(() => import('./pages/Home'), 'HomePage');
const LandingPage = page(() => import('./pages/Landing'), 'LandingPage');
const LoginPage = page(() => import('./pages/Auth'), 'LoginPage');
const SignupPage = page(() => import('./pages/Auth'), 'SignupPage');
const ProfilePage = page(() => import('./pages/Profile'), 'ProfilePage');
const DirectoryPage = page(() => import('./pages/Directory'), 'DirectoryPage');
const MemberPage = page(() => import('./pages/Member'), 'MemberPage');
const RequestsPage = page(() => import('./pages/Requests'), 'RequestsPage');
const ConnectionsPage = page(() => import('./pages/Connections'), 'ConnectionsPage');
const NotificationsPage = page(() => import('./pages/Notifications'), 'NotificationsPage');
const FeedbackListPage = page(() => import('./pages/Feedback'), 'FeedbackListPage');
const FeedbackRequestPage = page(() => import('./pages/Feedback'), 'FeedbackRequestPage');
const SkillTimelinePage = page(() => import('./pages/SkillTimeline'), 'SkillTimelinePage');
const ProgramsPage = page(() => import('./pages/Programs'), 'ProgramsPage');
const ProgramPage = page(() => import('./pages/Programs'), 'ProgramPage');
const MentorsPage = page(() => import('./pages/Mentors'), 'MentorsPage');
const MentoringPage = page(() => import('./pages/Mentoring'), 'MentoringPage');
const NotFoundPage = page(() => import('./pages/NotFound'), 'NotFoundPage');

/** The pages by first path segment, to load the first page's code at once (in parallel with
 *  the session check) instead of after the first render. */
const BY_SEGMENT: Record<string, Page[]> = {
  '': [HomePage, LandingPage],
  login: [LoginPage],
  signup: [SignupPage],
  profile: [ProfilePage],
  directory: [DirectoryPage],
  members: [MemberPage],
  requests: [RequestsPage],
  connections: [ConnectionsPage],
  notifications: [NotificationsPage],
  feedback: [FeedbackListPage, FeedbackRequestPage],
  skills: [SkillTimelinePage],
  programs: [ProgramsPage, ProgramPage],
  mentors: [MentorsPage],
  mentoring: [MentoringPage],
};

export function preloadPage(pathname: string): Promise<unknown> {
  const pages = BY_SEGMENT[pathname.split('/')[1] ?? ''] ?? [NotFoundPage];
  return Promise.all(pages.map((p) => p.preload())).catch(() => undefined);
}

/** Pages for members: a signed-out visitor is sent to log in, and back here afterwards. */
function MembersOnly() {
  const { state } = useAuth();
  const loc = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') {
    const next = loc.pathname + loc.search;
    return <Navigate replace to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} />;
  }
  return <Outlet />;
}

/** Log in and sign up: a signed-in member goes on to where they were headed (this is the one
 *  place that moves them on, so the forms only sign in). A newcomer's first stop is their profile. */
function GuestsOnly() {
  const { state } = useAuth();
  const [params] = useSearchParams();
  const loc = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'authenticated') {
    const next = params.get('next');
    const to = next ? safeNext(next) : loc.pathname === '/signup' ? '/profile?welcome=1' : '/';
    return <Navigate replace to={to} />;
  }
  return <Outlet />;
}

/** "/": the member's Home, or what pln is for a visitor. */
function Start() {
  const { state } = useAuth();
  if (state.status === 'loading') return <Loading />;
  return state.status === 'authenticated' ? <HomePage /> : <LandingPage />;
}

function WithId({ of: Page, param }: { of: ComponentType<{ id: number | string; skill?: string }>; param: string }) {
  const params = useParams();
  const v = params[param] ?? '';
  return <Page key={v} id={/^\d+$/.test(v) ? Number(v) : v} />;
}

function Skill() {
  const { skill = '' } = useParams();
  return <SkillTimelinePage key={skill} skill={skill} />;
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Start /> },
      {
        element: <GuestsOnly />,
        children: [
          { path: 'login', element: <LoginPage /> },
          { path: 'signup', element: <SignupPage /> },
        ],
      },
      {
        element: <MembersOnly />,
        children: [
          { path: 'profile', element: <ProfilePage /> },
          { path: 'directory', element: <DirectoryPage /> },
          { path: 'requests', element: <RequestsPage /> },
          { path: 'connections', element: <ConnectionsPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'feedback', element: <FeedbackListPage /> },
          { path: 'feedback/:id', element: <WithId of={FeedbackRequestPage} param="id" /> },
          { path: 'skills/:skill', element: <Skill /> },
          { path: 'programs', element: <ProgramsPage /> },
          { path: 'programs/:id', element: <WithId of={ProgramPage} param="id" /> },
          { path: 'mentors', element: <MentorsPage /> },
          { path: 'mentoring', element: <MentoringPage /> },
          { path: 'mentoring/:id', element: <MentoringPage /> },
        ],
      },
      // Member pages are public where the member's privacy allows.
      { path: 'members/:id', element: <WithId of={MemberPage} param="id" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
