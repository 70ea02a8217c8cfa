// A tiny client-side router on the History API: enough for a handful of pages.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode, type Ref } from 'react';

const listeners = new Set<() => void>();

function notify(): void {
  for (const l of listeners) l();
}

window.addEventListener('popstate', notify);

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export interface Location {
  pathname: string;
  search: string;
  query: URLSearchParams;
}

let cachedHref = '';
let cachedLocation: Location | null = null;

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  if (href !== cachedHref || !cachedLocation) {
    cachedHref = href;
    const url = new URL(href, window.location.origin);
    cachedLocation = { pathname: url.pathname, search: url.search, query: url.searchParams };
  }
  return cachedLocation;
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === snapshot()) {
    if (!opts.replace) window.history.replaceState(null, '', to);
    notify();
    return;
  }
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

/** Keeps a "next" path safe: only same-origin paths. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  children?: ReactNode;
  ref?: Ref<HTMLAnchorElement>;
};

export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}

/** Like Link, but marks itself aria-current="page" when its path is the current one. */
export function NavLink({ to, children, ...rest }: LinkProps) {
  const loc = useLocation();
  const path = to.split('?')[0];
  const current = path === '/' ? loc.pathname === '/' : loc.pathname === path || loc.pathname.startsWith(path + '/');
  return (
    <Link to={to} aria-current={current ? 'page' : undefined} {...rest}>
      {children}
    </Link>
  );
}
