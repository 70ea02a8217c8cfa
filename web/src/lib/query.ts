// The server-state cache (TanStack Query, docs/adr/0005): every read the pages make goes
// through it, so pages share results, show cached data at once and refetch after writes.
import { QueryClient, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError, type Page } from '../api';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx is an answer (not found, forbidden): retrying it only delays the message.
      retry: (count, e) => !(e instanceof ApiError && e.status >= 400 && e.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** Invalidates every query under each of the given key prefixes (after a write). */
export function useInvalidate(): (...prefixes: QueryKey[]) => Promise<void> {
  const qc = useQueryClient();
  return async (...prefixes) => {
    await Promise.all(prefixes.map((queryKey) => qc.invalidateQueries({ queryKey })));
  };
}

/** Options for a cursor-paged list read with useInfiniteQuery. */
export function cursorPages<P extends { next_cursor: string | null }>(fetchPage: (cursor: string | null) => Promise<P>) {
  return {
    queryFn: ({ pageParam }: { pageParam: string | null }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last: P) => last.next_cursor ?? undefined,
  };
}

/** All items of an infinite query's pages, without duplicates by key (cursors may overlap). */
export function flatItems<T>(pages: Pick<Page<T>, 'items'>[] | undefined, key: (t: T) => number | string): T[] {
  const seen = new Set<number | string>();
  const out: T[] = [];
  for (const p of pages ?? [])
    for (const it of p.items) {
      const k = key(it);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(it);
      }
    }
  return out;
}

/** What to tell a person about a failed read. */
export function loadError(e: unknown, fallback: string): string | null {
  if (!e) return null;
  return e instanceof ApiError ? e.userMessage : fallback;
}
