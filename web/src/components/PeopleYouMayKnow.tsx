import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Api, ApiError, type PersonSuggestion } from '../api';
import { Link } from 'react-router';
import { Alert, Avatar, EmptyState, Loading, stageLabel } from './ui';
import { Button } from './Button';

type CardState = 'idle' | 'busy' | 'requested';

/** "People you may know" on the Home page: explained suggestions with Connect and Dismiss. */
export function PeopleYouMayKnow({ limit = 6 }: { limit?: number }) {
  const qc = useQueryClient();
  const key = ['pymk', limit];
  const q = useQuery({ queryKey: key, queryFn: () => Api.peopleYouMayKnow(limit) });
  const items: PersonSuggestion[] | null = q.data?.items ?? null;
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? (q.error ? (q.error instanceof ApiError ? q.error.userMessage : 'Could not load suggestions right now.') : null);
  const [states, setStates] = useState<Record<number, CardState>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const setState = (id: number, s: CardState) => setStates((prev) => ({ ...prev, [id]: s }));

  const connect = async (s: PersonSuggestion) => {
    setState(s.member.id, 'busy');
    setError(null);
    try {
      const req = await Api.sendRequest(s.member.id);
      setState(s.member.id, 'requested');
      setNotice(
        req.status === 'accepted'
          ? `You are now connected with ${s.member.name}.`
          : `Request sent to ${s.member.name}.`,
      );
    } catch (e) {
      setState(s.member.id, 'idle');
      setError(e instanceof ApiError ? e.userMessage : 'Could not send the request. Please try again.');
    }
  };

  const dismiss = async (s: PersonSuggestion) => {
    setState(s.member.id, 'busy');
    setError(null);
    try {
      await Api.dismissSuggestion(s.member.id);
      // Drop the card now; the next read of the list leaves it out too.
      qc.setQueryData<{ items: PersonSuggestion[] }>(key, (old) => old && { items: old.items.filter((x) => x.member.id !== s.member.id) });
      setNotice(`${s.member.name} will not be suggested again.`);
    } catch (e) {
      setState(s.member.id, 'idle');
      setError(e instanceof ApiError ? e.userMessage : 'Could not dismiss the suggestion. Please try again.');
    }
  };

  return (
    <section className="card pymk" aria-labelledby="pymk-title">
      <h2 id="pymk-title">People you may know</h2>
      {notice && (
        <p className="pymk-notice" role="status">
          {notice}
        </p>
      )}
      {error && <Alert>{error}</Alert>}
      {items === null && !error && <Loading label="Loading suggestions…" />}
      {items !== null && items.length === 0 && (
        <EmptyState title="No suggestions yet">
          <p>
            Add fields of interest and skills to <Link to="/profile#fields">your profile</Link>, or connect with someone
            you know from the <Link to="/directory">directory</Link>: suggestions grow from both.
          </p>
        </EmptyState>
      )}
      {items !== null && items.length > 0 && (
        <ul className="pymk-list">
          {items.map((s) => {
            const st = states[s.member.id] ?? 'idle';
            return (
              <li key={s.member.id} className="pymk-card" aria-label={s.member.name}>
                <div className="member-card-head">
                  <Avatar name={s.member.name} />
                  <div className="member-card-title">
                    <h3>
                      <Link to={`/members/${s.member.id}`}>{s.member.name}</Link>
                    </h3>
                    {s.member.headline && <p className="headline">{s.member.headline}</p>}
                    {stageLabel(s.member.stage) && <p className="meta">{stageLabel(s.member.stage)}</p>}
                  </div>
                </div>
                <p className="pymk-reason">{s.reason}</p>
                <div className="pymk-actions">
                  {st === 'requested' ? (
                    <span className="badge badge-pending_outgoing">Request sent</span>
                  ) : (
                    <Button variant="primary" size="small"
                      disabled={st === 'busy'}
                      onClick={() => void connect(s)}
                      aria-label={`Connect with ${s.member.name}`}
                    >
                      Connect
                    </Button>
                  )}
                  <Button size="small"
                    disabled={st === 'busy'}
                    onClick={() => void dismiss(s)}
                    aria-label={`Dismiss ${s.member.name}`}
                  >
                    Dismiss
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
