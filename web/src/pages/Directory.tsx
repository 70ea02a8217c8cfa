import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Api } from '../api';
import { flatItems, loadError } from '../lib/query';
import { ComboBoxField } from '../components/Pickers';
import { useMe } from '../auth';
import { MemberCard } from '../components/MemberCard';
import { Alert, EmptyState, Loading, OPEN_TO_LABELS, SelectField, STAGE_LABELS, TextField, useTitle } from '../components/ui';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../components/Button';

const KEYS = ['q', 'field', 'skill', 'stage', 'open_to'] as const;
type Key = (typeof KEYS)[number];
type Filters = Record<Key, string>;

function filtersFrom(query: URLSearchParams): Filters {
  const f = {} as Filters;
  for (const k of KEYS) f[k] = query.get(k) ?? '';
  return f;
}

function toSearch(f: Filters): string {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    const v = f[k].trim();
    if (v) p.set(k, v);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

const PAGE_SIZE = 20;

export function DirectoryPage() {
  useTitle('Directory');
  const me = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const applied = filtersFrom(params);
  const appliedKey = toSearch(applied);

  const [form, setForm] = useState<Filters>(applied);
  // The URL is the source of truth: the form follows it (back/forward, "Clear all filters").
  useEffect(() => setForm(filtersFrom(new URLSearchParams(appliedKey))), [appliedKey]);
  const q = useInfiniteQuery({
    queryKey: ['members', appliedKey],
    queryFn: ({ pageParam, signal }) =>
      Api.members({ ...filtersFrom(new URLSearchParams(appliedKey)), cursor: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const items = flatItems(q.data?.pages, (m) => m.id);
  const cursor = q.hasNextPage;
  const loading = q.isPending;
  const loadingMore = q.isFetchingNextPage;
  const error = loadError(q.error, 'Could not load the directory.');
  const focusIndex = useRef<number | null>(null);
  const cardLinks = useRef<(HTMLAnchorElement | null)[]>([]);

  useEffect(() => {
    if (focusIndex.current !== null && items.length > focusIndex.current) {
      cardLinks.current[focusIndex.current]?.focus();
      focusIndex.current = null;
    }
  }, [items.length]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/directory${toSearch(form)}`);
  };

  const loadMore = async () => {
    focusIndex.current = items.length;
    await q.fetchNextPage();
  };

  const active = KEYS.filter((k) => applied[k]);
  const set = (k: Key) => (v: string) => setForm((f) => ({ ...f, [k]: v }));

  return (
    <div className="directory">
      <h1>Directory</h1>
      <p className="lead">Find peers, mentors and reviewers in this network.</p>

      <form role="search" aria-label="Search members" className="card search-form" onSubmit={submit}>
        <TextField
          className="search-q"
          label="Search"
          type="search"
          hint="Names, headlines, skills…"
          value={form.q}
          onChange={set('q')}
        />
        <div className="filters">
          <ComboBoxField
            label="Field"
            value={form.field}
            onChange={set('field')}
            suggestions={me.profile.fields ?? []}
          />
          <ComboBoxField
            label="Skill"
            value={form.skill}
            onChange={set('skill')}
            suggestions={(me.profile.skills ?? []).map((s) => s.name)}
          />
          <SelectField label="Career stage" value={form.stage} onChange={set('stage')}>
            <option value="">Any stage</option>
            {Object.entries(STAGE_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </SelectField>
          <SelectField label="Open to" value={form.open_to} onChange={set('open_to')}>
            <option value="">Anything</option>
            {Object.entries(OPEN_TO_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="search-actions">
          <Button variant="primary" type="submit" >
            Search
          </Button>
          {active.length > 0 && (
            <Link to="/directory" className="btn btn-link">
              Clear all filters
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="results-heading" aria-busy={loading || loadingMore} className="results">
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>
        <p role="status" className="result-count">
          {loading ? '' : items.length === 0 ? '' : `Showing ${items.length}${cursor ? '+' : ''} member${items.length === 1 && !cursor ? '' : 's'}`}
          {!loading && active.length > 0 && items.length > 0 && ` matching your ${active.length === 1 ? 'filter' : 'filters'}`}
        </p>
        {loading ? (
          <Loading label="Searching…" />
        ) : error && items.length === 0 ? (
          <Alert>{error}</Alert>
        ) : items.length === 0 ? (
          <EmptyState title={active.length ? 'No members match your search.' : 'No members to show yet.'}>
            {active.length > 0 ? (
              <p>
                Try fewer filters, a broader word, or check the spelling of the field or skill.{' '}
                <Link to="/directory">Clear all filters</Link>
              </p>
            ) : (
              <p>Invite your classmates and colleagues, then look again.</p>
            )}
          </EmptyState>
        ) : (
          <>
            <ul className="member-grid">
              {items.map((m, i) => (
                <li key={m.id}>
                  <MemberCard
                    m={m}
                    linkRef={(el) => {
                      cardLinks.current[i] = el;
                    }}
                  />
                </li>
              ))}
            </ul>
            {error && <Alert>{error}</Alert>}
            {cursor && (
              <div className="load-more">
                <Button onClick={loadMore} disabled={loadingMore}>
                  {loadingMore ? 'Loading…' : 'Load more'}
                </Button>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}
