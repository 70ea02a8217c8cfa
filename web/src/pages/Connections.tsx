import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Api, type Connection } from '../api';
import { Button } from '../components/Button';
import { useToast } from '../components/Toast';
import { cursorPages, flatItems, loadError, useInvalidate } from '../lib/query';
import { ConfirmDialog } from '../components/Dialog';
import { Alert, Avatar, EmptyState, Loading, formatDate, stageLabel, useTitle } from '../components/ui';
import { Link } from 'react-router';

export function ConnectionsPage() {
  useTitle('My connections');
  const [removing, setRemoving] = useState<Connection | null>(null);
  const toast = useToast();
  const invalidate = useInvalidate();
  const q = useInfiniteQuery({ queryKey: ['connections', 'list'], ...cursorPages((c) => Api.connections(c)) });
  const items = flatItems(q.data?.pages, (c) => c.member.id);
  const loading = q.isPending;
  const error = loadError(q.error, 'Could not load your connections.');

  return (
    <div className="connections">
      <h1>My connections</h1>
      <p className="lead">The people you learn from and with.</p>
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
        <ul className="connection-list list">
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
              <Button variant="danger-link"
                aria-label={`Remove ${c.member.name} from connections`}
                onClick={() => setRemoving(c)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {q.hasNextPage && (
        <div className="load-more">
          <Button onClick={() => void q.fetchNextPage()} disabled={q.isFetchingNextPage}>
            {q.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
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
          await invalidate(['connections'], ['member', c.member.id], ['me']);
          toast(`${c.member.name} was removed from your connections.`);
        }}
      />
    </div>
  );
}
