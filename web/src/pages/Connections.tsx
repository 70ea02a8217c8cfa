import { useEffect, useState } from 'react';
import { Api, ApiError, type Connection } from '../api';
import { ConfirmDialog } from '../components/Dialog';
import { Alert, Avatar, EmptyState, Loading, formatDate, stageLabel, useTitle } from '../components/ui';
import { Link } from '../router';

export function ConnectionsPage() {
  useTitle('My connections');
  const [items, setItems] = useState<Connection[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Connection | null>(null);

  useEffect(() => {
    let live = true;
    Api.connections()
      .then((p) => {
        if (!live) return;
        setItems(p.items);
        setCursor(p.next_cursor);
      })
      .catch((e) => live && setError(e instanceof ApiError ? e.userMessage : 'Could not load your connections.'))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, []);

  const more = async () => {
    setLoadingMore(true);
    try {
      const p = await Api.connections(cursor);
      setItems((prev) => [...prev, ...p.items.filter((c) => !prev.some((x) => x.member.id === c.member.id))]);
      setCursor(p.next_cursor);
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : 'Could not load more connections.');
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div className="connections">
      <h1>My connections</h1>
      <p className="lead">The people you learn from and with.</p>
      <div role="status" className="live">
        {notice && <div className="alert alert-success">{notice}</div>}
      </div>
      {error && <Alert>{error}</Alert>}
      {loading ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title="No connections yet.">
          <p>
            Start with people in your field: <Link to="/directory">browse the directory</Link> and send a few requests.
          </p>
        </EmptyState>
      ) : (
        <ul className="connection-list">
          {items.map((c) => (
            <li key={c.member.id} className="card connection">
              <Avatar name={c.member.name} />
              <div className="connection-body">
                <h2>
                  <Link to={`/members/${c.member.id}`}>{c.member.name}</Link>
                </h2>
                {c.member.headline && <p className="headline">{c.member.headline}</p>}
                <p className="meta">
                  {stageLabel(c.member.stage) && <span className="stage">{stageLabel(c.member.stage)}</span>}
                  {c.since && <span>Connected since {formatDate(c.since)}</span>}
                </p>
              </div>
              <button
                type="button"
                className="btn btn-link btn-danger-text"
                aria-label={`Remove ${c.member.name} from connections`}
                onClick={() => setRemoving(c)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {cursor && !loading && (
        <div className="load-more">
          <button type="button" className="btn btn-secondary" onClick={more} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.member.name ?? ''} from your connections?`}
        message={<p>You can send a new request later. They are not told.</p>}
        confirmLabel="Remove connection"
        danger
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          const c = removing!;
          await Api.removeConnection(c.member.id);
          setItems((prev) => prev.filter((x) => x.member.id !== c.member.id));
          setNotice(`${c.member.name} was removed from your connections.`);
        }}
      />
    </div>
  );
}
