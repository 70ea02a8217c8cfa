import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Api, ApiError, type MemberView, type OpenToKey, type Section } from '../api';
import { useAuth } from '../auth';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import { HowConnected } from '../components/HowConnected';
import { ConnectionBadge } from '../components/MemberCard';
import {
  Alert,
  Avatar,
  LEVEL_LABELS,
  Loading,
  OPEN_TO_LABELS,
  TextAreaField,
  stageLabel,
  useTitle,
} from '../components/ui';
import { ProfileFeedback } from './Feedback';
import { Link, useLocation } from 'react-router';
import { BADGES_KEY } from '../components/Layout';
import { useUnsavedChanges } from '../components/UnsavedChanges';
import { useInvalidate } from '../lib/query';
import { Button } from '../components/Button';

const HIDDEN_TEXT: Record<Section, [string, string]> = {
  // [subject, verb]
  bio: ['Bio', 'is'],
  details: ['Details (location, organization, open to)', 'are'],
  skills: ['Fields and skills', 'are'],
  goals: ['Goals', 'are'],
  connections: ['The connections list', 'is'],
};

function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function hiddenNote(s: Section, signedIn: boolean, connected: boolean): string {
  const [subject, verb] = HIDDEN_TEXT[s] ?? [s, 'is'];
  if (!signedIn) return `${subject} ${verb} not public.`;
  if (connected) return `${subject} ${verb} not shared with you.`;
  return `${subject} ${verb} visible to connections only.`;
}

type Dialogs = 'connect' | 'remove' | 'block' | null;

export function MemberPage({ id }: { id: number | string }) {
  const { me } = useAuth();
  const loc = useLocation();
  const invalidate = useInvalidate();
  const q = useQuery({ queryKey: ['member', id, 'view'], queryFn: () => Api.member(id) });
  const member: MemberView | null = q.data ?? null;
  const loadError: ApiError | null = q.error
    ? q.error instanceof ApiError
      ? q.error
      : new ApiError(0, 'unknown', 'Could not load this member.')
    : null;
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [blocked, setBlocked] = useState(false);
  useTitle(member?.name ?? 'Member');

  // After a change of relationship: this page, lists that show it, and the header's counts.
  const load = () => invalidate(['member'], ['connections'], ['requests'], ['pymk'], BADGES_KEY, ['me']);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      await fn();
      await load();
      setNotice(done);
    } catch (e) {
      setActionError(e instanceof ApiError ? e.userMessage : 'Something went wrong. Please try again.');
      await load();
    } finally {
      setBusy(false);
    }
  };

  if (blocked) {
    return (
      <div className="narrow">
        <h1>Member blocked</h1>
        <Alert tone="success">
          You blocked {member?.name ?? 'this member'}. They can no longer see your profile or contact you, and any
          connection between you was removed.
        </Alert>
        <p>
          <Link to="/directory">Back to the directory</Link>
        </p>
      </div>
    );
  }

  if (loadError) {
    const notFound = loadError.status === 404 || loadError.code === 'not_found';
    return (
      <div className="narrow">
        <h1>{notFound ? 'Member not found' : 'Could not load this member'}</h1>
        <Alert>{notFound ? 'This member does not exist or is not available to you.' : loadError.userMessage}</Alert>
        <p>
          <Link to={me ? '/directory' : '/login'}>{me ? 'Back to the directory' : 'Log in'}</Link>
        </p>
      </div>
    );
  }

  if (!member) {
    return (
      <div>
        <h1 className="visually-hidden">Member</h1>
        <Loading />
      </div>
    );
  }

  const rel = member.relationship;
  const state = rel?.connection ?? 'none';
  const isSelf = state === 'self' || (me !== null && me.id === member.id);
  const first = member.name.split(/\s+/)[0] || member.name;
  const openTo = member.open_to ? (Object.keys(OPEN_TO_LABELS) as OpenToKey[]).filter((k) => member.open_to![k]) : [];
  const hidden = (member.hidden_sections ?? []).filter((s) => s in HIDDEN_TEXT);
  const hasDetails = !!(member.location || member.organization);

  return (
    <div className="member-page">
      <section className="card member-hero" aria-labelledby="member-name">
        <Avatar name={member.name} size="lg" />
        <div className="member-hero-body">
          <h1 id="member-name">{member.name}</h1>
          {member.headline && <p className="headline">{member.headline}</p>}
          <p className="meta">
            {stageLabel(member.stage) && <span className="stage">{stageLabel(member.stage)}</span>}
            {hasDetails && (
              <span>{[member.organization, member.location].filter(Boolean).join(' · ')}</span>
            )}
            {!isSelf && <ConnectionBadge state={state} />}
            {rel?.followed_by && !isSelf && <span className="badge">Follows you</span>}
          </p>

          {notice && <Alert tone="success">{notice}</Alert>}
          {actionError && <Alert>{actionError}</Alert>}

          {isSelf ? (
            <div className="actions">
              <p className="muted">This is your page as others see it.</p>
              <Link className="btn btn-secondary" to="/profile">
                Edit my profile
              </Link>
            </div>
          ) : !me ? (
            <div className="actions">
              <Link className="btn btn-primary" to={`/login?next=${encodeURIComponent(loc.pathname)}`}>
                Log in to connect
              </Link>
            </div>
          ) : (
            <div className="actions" aria-label="Actions" role="group">
              {state === 'none' && (
                <Button variant="primary" disabled={busy} onClick={() => setDialog('connect')}>
                  Connect
                </Button>
              )}
              {state === 'pending_outgoing' && (
                <>
                  <span className="action-note">You asked {first} to connect.</span>
                  <Button
                    disabled={busy || !rel?.request_id}
                    onClick={() => act(() => Api.withdrawRequest(rel!.request_id!), 'Request withdrawn.')}
                  >
                    Withdraw request
                  </Button>
                </>
              )}
              {state === 'pending_incoming' && (
                <>
                  <span className="action-note">{first} wants to connect with you.</span>
                  <Button variant="primary"
                    disabled={busy || !rel?.request_id}
                    onClick={() => act(() => Api.acceptRequest(rel!.request_id!), `You are now connected with ${first}.`)}
                  >
                    Accept
                  </Button>
                  <Button
                    disabled={busy || !rel?.request_id}
                    onClick={() => act(() => Api.declineRequest(rel!.request_id!), 'Request declined.')}
                  >
                    Decline
                  </Button>
                </>
              )}
              {state === 'connected' && (
                <Button disabled={busy} onClick={() => setDialog('remove')}>
                  Remove connection
                </Button>
              )}
              {rel?.following ? (
                <Button
                  disabled={busy}
                  onClick={() => act(() => Api.unfollow(member.id), `You no longer follow ${first}.`)}
                >
                  Unfollow
                </Button>
              ) : (
                <Button
                  disabled={busy}
                  onClick={() => act(() => Api.follow(member.id), `You now follow ${first}.`)}
                >
                  Follow
                </Button>
              )}
              <Button variant="danger-link" disabled={busy} onClick={() => setDialog('block')}>
                Block
              </Button>
            </div>
          )}
        </div>
      </section>

      <div className="member-sections">
        {member.bio !== undefined && (
          <section className="card" aria-labelledby="sec-about">
            <h2 id="sec-about">About</h2>
            {member.bio ? <p className="bio">{member.bio}</p> : <p className="muted">No bio yet.</p>}
          </section>
        )}

        {(member.fields !== undefined || member.skills !== undefined) && (
          <section className="card" aria-labelledby="sec-skills">
            <h2 id="sec-skills">Fields and skills</h2>
            {member.fields && member.fields.length > 0 && (
              <>
                <h3>Fields of interest</h3>
                <ul className="tags">
                  {member.fields.map((f) => (
                    <li key={f} className="tag tag-field">
                      {f}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {member.skills && member.skills.length > 0 && (
              <>
                <h3>Skills</h3>
                <ul className="skill-levels">
                  {member.skills.map((s) => (
                    <li key={s.name}>
                      <span className="skill-name">{s.name}</span>
                      <span className="meter" aria-hidden="true">
                        {[1, 2, 3, 4, 5].map((n) => (
                          <span key={n} className={n <= s.level ? 'on' : ''} />
                        ))}
                      </span>
                      <span className="skill-level-text">
                        {LEVEL_LABELS[s.level] ?? ''} ({s.level} of 5)
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {!member.fields?.length && !member.skills?.length && <p className="muted">Nothing listed yet.</p>}
          </section>
        )}

        {member.skills !== undefined && <ProfileFeedback member={member} />}

        {member.goals !== undefined && (
          <section className="card" aria-labelledby="sec-goals">
            <h2 id="sec-goals">Goals</h2>
            {member.goals.length ? (
              <ul className="goals">
                {member.goals.map((g, i) => (
                  <li key={i}>{g}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">No goals listed yet.</p>
            )}
          </section>
        )}

        {member.open_to !== undefined && (
          <section className="card" aria-labelledby="sec-open">
            <h2 id="sec-open">Open to</h2>
            {openTo.length ? (
              <ul className="tags">
                {openTo.map((k) => (
                  <li key={k} className="tag tag-open">
                    {OPEN_TO_LABELS[k]}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">Not open to anything in particular right now.</p>
            )}
          </section>
        )}

        {me && !isSelf && <HowConnected memberId={member.id} firstName={first} />}

        {hidden.length > 0 && (
          <section className="card hidden-note" aria-labelledby="sec-hidden">
            <h2 id="sec-hidden">Not shown</h2>
            {me ? (
              <ul>
                {hidden.map((s) => (
                  <li key={s}>{hiddenNote(s, true, state === 'connected')}</li>
                ))}
              </ul>
            ) : (
              <p>
                {listJoin(hidden.map((s, i) => (i === 0 ? HIDDEN_TEXT[s][0] : HIDDEN_TEXT[s][0].toLowerCase())))}{' '}
                {hidden.length === 1 && HIDDEN_TEXT[hidden[0]][1] === 'is' ? 'is' : 'are'} not public.{' '}
                <Link to={`/login?next=${encodeURIComponent(loc.pathname)}`}>Log in</Link> to see more.
              </p>
            )}
            {me && state === 'none' && !isSelf && <p className="muted">Connect with {first} to see more.</p>}
          </section>
        )}
      </div>

      <ConnectDialog
        open={dialog === 'connect'}
        name={member.name}
        onClose={() => setDialog(null)}
        onSend={async (note) => {
          const req = await Api.sendRequest(member.id, note);
          await load();
          setActionError(null);
          setNotice(
            req.status === 'accepted'
              ? `${first} had already asked you: you are now connected.`
              : `Connection request sent to ${first}.`,
          );
        }}
      />
      <ConfirmDialog
        open={dialog === 'remove'}
        title={`Remove ${member.name} from your connections?`}
        message={<p>You can send a new request later. {first} is not told.</p>}
        confirmLabel="Remove connection"
        danger
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await Api.removeConnection(member.id);
          await load();
          setNotice(`${first} was removed from your connections.`);
        }}
      />
      <ConfirmDialog
        open={dialog === 'block'}
        title={`Block ${member.name}?`}
        message={
          <p>
            {first} will no longer be able to see your profile, find you or contact you. Any connection, request or follow
            between you is removed.
          </p>
        }
        confirmLabel="Block"
        danger
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await Api.block(member.id);
          setBlocked(true);
        }}
      />
    </div>
  );
}

function ConnectDialog({
  open,
  name,
  onClose,
  onSend,
}: {
  open: boolean;
  name: string;
  onClose: () => void;
  onSend: (note: string) => Promise<void>;
}) {
  const [note, setNote] = useState('');
  useUnsavedChanges(open && note.trim() !== '');
  const [error, setError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  useEffect(() => {
    if (open) {
      setNote('');
      setError(null);
      setNoteError(undefined);
      setBusy(false);
    }
  }, [open]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setNoteError(undefined);
    try {
      await onSend(note.trim());
      onClose();
    } catch (err) {
      if (err instanceof ApiError) {
        const ne = err.details.filter((d) => d.field === 'note').map((d) => d.message);
        if (ne.length) setNoteError(ne.join(' '));
        setError(err.userMessage);
      } else setError('Something went wrong. Please try again.');
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} title={`Connect with ${name}`} onClose={onClose}>
      <form onSubmit={submit}>
        <TextAreaField
          id={`${id}-note`}
          label="Note"
          optional
          rows={4}
          hint="Say how you know each other or why you want to connect."
          value={note}
          onChange={setNote}
          error={noteError}
        />
        {error && <Alert>{error}</Alert>}
        <div className="dialog-actions">
          <Button onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" disabled={busy}>
            {busy ? 'Sending…' : 'Send request'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
