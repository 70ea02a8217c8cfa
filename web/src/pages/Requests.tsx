import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Tab as AriaTab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Api, ApiError, type ConnectionRequest } from '../api';
import { Button } from '../components/Button';
import { BADGES_KEY } from '../components/Layout';
import { useToast } from '../components/Toast';
import { cursorPages, flatItems, loadError, useInvalidate } from '../lib/query';
import { Alert, Avatar, EmptyState, Loading, formatDate, stageLabel, useTitle } from '../components/ui';

type Tab = 'incoming' | 'outgoing';
const TABS: { id: Tab; label: string }[] = [
  { id: 'incoming', label: 'Received' },
  { id: 'outgoing', label: 'Sent' },
];

export function RequestsPage() {
  useTitle('Connection requests');
  const [params, setParams] = useSearchParams();
  const fromUrl: Tab = params.get('tab') === 'outgoing' ? 'outgoing' : 'incoming';
  // The selection changes at once (in the key or click event), the URL follows; back and
  // forward move the selection too.
  const [tab, setTab] = useState<Tab>(fromUrl);
  useEffect(() => setTab(fromUrl), [fromUrl]);
  return (
    <div className="requests">
      <h1>Connection requests</h1>
      <p className="lead">Answer requests promptly: a quick reply is the start of a good connection.</p>
      {/* The tab is in the URL, so a link or a reload opens the same one. */}
      <Tabs
        selectedKey={tab}
        onSelectionChange={(k) => {
          setTab(k as Tab);
          setParams(k === 'outgoing' ? { tab: 'outgoing' } : {}, { replace: true });
        }}
      >
        <TabList aria-label="Connection requests" className="tabs">
          {TABS.map((t) => (
            <AriaTab key={t.id} id={t.id} className="tab">
              {t.label}
            </AriaTab>
          ))}
        </TabList>
        {TABS.map((t) => (
          <TabPanel key={t.id} id={t.id} className="tab-panel">
            <RequestList direction={t.id} />
          </TabPanel>
        ))}
      </Tabs>
    </div>
  );
}

function RequestList({ direction }: { direction: Tab }) {
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const toast = useToast();
  const invalidate = useInvalidate();
  const q = useInfiniteQuery({ queryKey: ['requests', direction, 'list'], ...cursorPages((c) => Api.requests(direction, c)) });
  const items = flatItems(q.data?.pages, (r) => r.id);
  const loading = q.isPending;
  const listError = loadError(q.error, 'Could not load requests.');

  const act = async (r: ConnectionRequest, fn: (id: number) => Promise<unknown>, msg: string) => {
    setBusyId(r.id);
    setError(null);
    try {
      await fn(r.id);
      await invalidate(['requests'], ['connections'], ['member'], BADGES_KEY, ['me']);
      toast(msg);
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : 'Something went wrong. Please try again.');
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      {(error || listError) && <Alert>{error ?? listError}</Alert>}
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
        <ul className="request-list list">
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
                      <Button variant="primary"
                        disabled={busyId === r.id}
                        aria-label={`Accept request from ${other.name}`}
                        onClick={() => act(r, Api.acceptRequest, `You are now connected with ${other.name}.`)}
                      >
                        Accept
                      </Button>
                      <Button
                        disabled={busyId === r.id}
                        aria-label={`Decline request from ${other.name}`}
                        onClick={() => act(r, Api.declineRequest, `You declined ${other.name}'s request.`)}
                      >
                        Decline
                      </Button>
                    </>
                  ) : (
                    <Button
                      disabled={busyId === r.id}
                      aria-label={`Withdraw request to ${other.name}`}
                      onClick={() => act(r, Api.withdrawRequest, `You withdrew your request to ${other.name}.`)}
                    >
                      Withdraw
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {q.hasNextPage && (
        <div className="load-more">
          <Button onClick={() => void q.fetchNextPage()} disabled={q.isFetchingNextPage}>
            {q.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      )}
    </>
  );
}
