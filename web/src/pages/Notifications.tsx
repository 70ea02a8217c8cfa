import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Api, ApiError, type Notification } from '../api';
import { Alert, EmptyState, Loading, formatDate, useTitle } from '../components/ui';
import { Link, useNavigate } from 'react-router';
import { Button } from '../components/Button';
import { BADGES_KEY } from '../components/Layout';
import { cursorPages, flatItems, loadError, useInvalidate } from '../lib/query';

/** The member's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  useTitle('Notifications');
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const [error, setError] = useState<string | null>(null);
  const q = useInfiniteQuery({ queryKey: ['notifications', 'list'], ...cursorPages((c) => Api.notifications(c)) });
  const items = flatItems(q.data?.pages, (n) => n.id);
  const loading = q.isPending;
  const pages = q.data?.pages;
  const unread = pages && pages.length ? pages[pages.length - 1].unread : 0;
  const listError = loadError(q.error, 'Could not load notifications.');

  const refresh = () => invalidate(['notifications'], BADGES_KEY);

  const markRead = async (n: Notification) => {
    if (n.read) return;
    await Api.readNotification(n.id);
    await refresh();
  };

  const open = async (n: Notification) => {
    try {
      await markRead(n);
    } catch {
      // Opening still works if marking read failed; the badge catches up later.
    }
    if (n.link) navigate(n.link);
  };

  const readAll = async () => {
    setError(null);
    try {
      await Api.readAllNotifications();
      await refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : 'Could not mark notifications read.');
    }
  };

  return (
    <div className="notifications">
      <h1>Notifications</h1>
      <p className="lead">
        {unread === 0 ? 'You are all caught up.' : `${unread} unread.`}{' '}
        {unread > 0 && (
          <Button variant="link" onClick={readAll}>
            Mark all read
          </Button>
        )}
      </p>
      {(error || listError) && <Alert>{error ?? listError}</Alert>}
      {loading ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title="Nothing here yet.">
          <p>
            Requests, answers and reminders show up here. <Link to="/directory">Find people to connect with</Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="notification-list list">
          {items.map((n) => (
            <li key={n.id} className={`card notification${n.read ? '' : ' unread'}`}>
              <div>
                <p className="notification-title">
                  {!n.read && <span className="visually-hidden">Unread: </span>}
                  {n.link ? (
                    <a
                      href={n.link}
                      onClick={(e) => {
                        e.preventDefault();
                        void open(n);
                      }}
                    >
                      {n.title}
                    </a>
                  ) : (
                    n.title
                  )}
                </p>
                {n.body && <p className="notification-body">{n.body}</p>}
                <p className="muted">{formatDate(n.created_at)}</p>
              </div>
              {!n.read && (
                <Button onClick={() => void markRead(n)}>
                  Mark read<span className="visually-hidden">: {n.title}</span>
                </Button>
              )}
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
    </div>
  );
}
