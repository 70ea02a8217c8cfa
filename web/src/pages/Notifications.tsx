import { useEffect, useState } from 'react';
import { Api, ApiError, type Notification } from '../api';
import { Alert, EmptyState, Loading, formatDate, useTitle } from '../components/ui';
import { Link, navigate } from '../router';

/** The member's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  useTitle('Notifications');
  const [items, setItems] = useState<Notification[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [unread, setUnread] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Api.notifications()
      .then((p) => {
        if (!live) return;
        setItems(p.items);
        setCursor(p.next_cursor);
        setUnread(p.unread);
      })
      .catch((e) => live && setError(e instanceof ApiError ? e.userMessage : 'Could not load notifications.'))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, []);

  const more = async () => {
    try {
      const p = await Api.notifications(cursor);
      setItems((prev) => [...prev, ...p.items.filter((n) => !prev.some((x) => x.id === n.id))]);
      setCursor(p.next_cursor);
      setUnread(p.unread);
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : 'Could not load more notifications.');
    }
  };

  const markRead = async (n: Notification) => {
    if (n.read) return;
    const r = await Api.readNotification(n.id);
    setUnread(r.unread);
    setItems((prev) => prev.map((x) => (x.id === n.id ? { ...x, read: true } : x)));
    window.dispatchEvent(new Event('pln:notifications'));
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
      const r = await Api.readAllNotifications();
      setUnread(r.unread);
      setItems((prev) => prev.map((x) => ({ ...x, read: true })));
      window.dispatchEvent(new Event('pln:notifications'));
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
          <button type="button" className="btn btn-link" onClick={readAll}>
            Mark all read
          </button>
        )}
      </p>
      {error && <Alert>{error}</Alert>}
      {loading ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title="Nothing here yet.">
          <p>
            Requests, answers and reminders show up here. <Link to="/directory">Find people to connect with</Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="notification-list">
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
                <button type="button" className="btn btn-secondary" onClick={() => void markRead(n)}>
                  Mark read<span className="visually-hidden">: {n.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {cursor && (
        <button type="button" className="btn btn-secondary" onClick={more}>
          Load more
        </button>
      )}
    </div>
  );
}
