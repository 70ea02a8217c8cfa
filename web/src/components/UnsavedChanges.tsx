// The unsaved-changes guard every form uses: leaving through the app's own links asks first
// (React Router's useBlocker), and closing or reloading the tab gets the browser's prompt.
// Forms report whether they hold unsaved input with useUnsavedChanges(dirty); the one guard in
// the layout asks (a router supports a single blocker at a time).
import { Suspense, createContext, lazy, useCallback, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';

// The question is rare: its dialog (React Aria) loads when first needed, not with the first page.
const LeaveDialog = lazy(() => import('./LeaveDialog'));

const DirtyContext = createContext<(id: string, dirty: boolean) => void>(() => {});

/** Marks the calling form as holding unsaved changes while `dirty` is true. */
export function useUnsavedChanges(dirty: boolean): void {
  const report = useContext(DirtyContext);
  const id = useId();
  useEffect(() => {
    report(id, dirty);
    return () => report(id, false);
  }, [report, id, dirty]);
}

export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((id: string, d: boolean) => {
    setDirty((prev) => {
      if (prev.has(id) === d) return prev;
      const next = new Set(prev);
      if (d) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const when = dirty.size > 0;
  // Only a change of page counts: the query string (filters, tabs) may change freely.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!when) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
  useEffect(() => {
    // The changes were saved while the question was open: just go.
    if (blocker.state === 'blocked' && !when) blocker.proceed();
  }, [blocker, when]);
  return (
    <DirtyContext.Provider value={report}>
      {children}
      {blocker.state === 'blocked' && (
        <Suspense fallback={null}>
          <LeaveDialog onStay={() => blocker.reset?.()} onLeave={() => blocker.proceed?.()} />
        </Suspense>
      )}
    </DirtyContext.Provider>
  );
}
