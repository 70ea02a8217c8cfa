import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Api, ApiError, type ConnectionRequest } from '../api';
import { Alert, Avatar, EmptyState, Loading, formatDate, stageLabel, useTitle } from '../components/ui';
import { Link, navigate, useLocation } from '../router';

type Tab = 'incoming' | 'outgoing';
const TABS: { id: Tab; label: string }[] = [
  { id: 'incoming', label: 'Received' },
  { id: 'outgoing', label: 'Sent' },
];

export function RequestsPage() {
  useTitle('Connection requests');
  const loc = useLocation();
  const tab: Tab = loc.query.get('tab') === 'outgoing' ? 'outgoing' : 'incoming';
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ incoming: null, outgoing: null });

  const select = (t: Tab, focus = false) => {
    navigate(t === 'incoming' ? '/requests' : '/requests?tab=outgoing', { replace: true });
    if (focus) tabRefs.current[t]?.focus();
  };

  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    if (next !== null) {
      e.preventDefault();
      select(TABS[next].id, true);
    }
  };

  return (
    <div className="requests">
      <h1>Connection requests</h1>
      <p className="lead">Answer requests promptly: a quick reply is the start of a good connection.</p>
      <div role="tablist" aria-label="Connection requests" className="tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            onClick={() => select(t.id)}
            onKeyDown={onKey}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        <RequestList key={tab} direction={tab} />
      </div>
    </div>
  );
}

function RequestList({ direction }: { direction: Tab }) {
  const [items, setItems] = useState<ConnectionRequest[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    Api.requests(direction)
      .then((p) => {
        if (!live) return;
        setItems(p.items);
        setCursor(p.next_cursor);
      })
      .catch((e) => live && setError(e instanceof ApiError ? e.userMessage : 'Could not load requests.'))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [direction]);

  const more = async () => {
    try {
      const p = await Api.requests(direction, cursor);
      setItems((prev) => [...prev, ...p.items.filter((r) => !prev.some((x) => x.id === r.id))]);
      setCursor(p.next_cursor);
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : 'Could not load more requests.');
    }
  };

  const act = async (r: ConnectionRequest, fn: (id: number) => Promise<unknown>, msg: string) => {
    setBusyId(r.id);
    setError(null);
    setNotice(null);
    try {
      await fn(r.id);
      setItems((prev) => prev.filter((x) => x.id !== r.id));
      setNotice(msg);
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : 'Something went wrong. Please try again.');
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <div role="status" className="live">
        {notice && <div className="alert alert-success">{notice}</div>}
      </div>
      {error && <Alert>{error}</Alert>}
      {loading ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title={direction === 'incoming' ? 'No requests waiting for you.' : 'You have no pending requests.'}>
          <p>
            {direction === 'incoming'
              ? 'When someone asks to connect, you will see it here.'
              : 'Find people to learn from and ask them to connect.'}{' '}
            <Link to="/directory">Browse the directory</Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="request-list">
          {items.map((r) => {
            const other = direction === 'incoming' ? r.from : r.to;
            return (
              <li key={r.id} className="card request">
                <div className="request-head">
                  <Avatar name={other.name} />
                  <div>
                    <h2>
                      <Link to={`/members/${other.id}`}>{other.name}</Link>
                    </h2>
                    {other.headline && <p className="headline">{other.headline}</p>}
                    <p className="meta">
                      {stageLabel(other.stage) && <span className="stage">{stageLabel(other.stage)}</span>}
                      <span>
                        {direction === 'incoming' ? 'Received' : 'Sent'} {formatDate(r.created_at)}
                      </span>
                    </p>
                  </div>
                </div>
                {r.note && (
                  <blockquote className="note">
                    <span className="visually-hidden">Note: </span>
                    {r.note}
                  </blockquote>
                )}
                <div className="actions">
                  {direction === 'incoming' ? (
                    <>
                      <button
                        type="button"
                        className="btn btn-primary"
                        disabled={busyId === r.id}
                        aria-label={`Accept request from ${other.name}`}
                        onClick={() => act(r, Api.acceptRequest, `You are now connected with ${other.name}.`)}
                      >
                        Accept
                      </button>
                      <button
                        type="button"
                        className="btn btn-secondary"
                        disabled={busyId === r.id}
                        aria-label={`Decline request from ${other.name}`}
                        onClick={() => act(r, Api.declineRequest, `You declined ${other.name}'s request.`)}
                      >
                        Decline
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-secondary"
                      disabled={busyId === r.id}
                      aria-label={`Withdraw request to ${other.name}`}
                      onClick={() => act(r, Api.withdrawRequest, `You withdrew your request to ${other.name}.`)}
                    >
                      Withdraw
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {cursor && !loading && (
        <div className="load-more">
          <button type="button" className="btn btn-secondary" onClick={more}>
            Load more
          </button>
        </div>
      )}
    </>
  );
}
