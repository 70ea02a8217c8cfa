import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Api, ApiError, type GoalStatus, type Mentorship, type MentorshipRequest } from '../api';
import { useAuth } from '../auth';
import { Alert, EmptyState, Loading, SelectField, TextAreaField, TextField, formatDate, useTitle } from '../components/ui';
import { Link } from 'react-router';
import { BADGES_KEY } from '../components/Layout';
import { DateField } from '../components/Pickers';
import { useToast } from '../components/Toast';
import { useUnsavedChanges } from '../components/UnsavedChanges';
import { useInvalidate } from '../lib/query';
import { Button } from '../components/Button';

function errorText(e: unknown, fallback: string): string {
  if (!(e instanceof ApiError)) return fallback;
  const fields = e.details.map((d) => `${d.field}: ${d.message}`).join('; ');
  return fields ? `${e.userMessage} (${fields})` : e.userMessage;
}

const STATUS_LABELS: Record<MentorshipRequest['status'], string> = {
  pending: 'Waiting for an answer',
  info_requested: 'More information asked',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
  matched_elsewhere: 'Closed: matched elsewhere',
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** My mentorship requests (both sides) and mentorships with goals and check-ins. */
export function MentoringPage() {
  useTitle('Mentoring');
  const { state } = useAuth();
  const myId = state.status === 'authenticated' ? state.me.id : 0;
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const invalidate = useInvalidate();
  const sentQ = useQuery({ queryKey: ['mentoring', 'requests', 'mentee'], queryFn: () => Api.mentorshipRequests('mentee') });
  const receivedQ = useQuery({ queryKey: ['mentoring', 'requests', 'mentor'], queryFn: () => Api.mentorshipRequests('mentor') });
  const mentorshipsQ = useQuery({ queryKey: ['mentoring', 'mentorships'], queryFn: () => Api.mentorships() });
  const sent: MentorshipRequest[] = sentQ.data?.items ?? [];
  const received: MentorshipRequest[] = receivedQ.data?.items ?? [];
  const mentorships: Mentorship[] = mentorshipsQ.data?.items ?? [];
  const loading = sentQ.isPending || receivedQ.isPending || mentorshipsQ.isPending;
  const loadFailure = sentQ.error ?? receivedQ.error ?? mentorshipsQ.error;

  /** Runs one write; true when it worked (forms then clear what was sent). */
  const act = async (what: () => Promise<unknown>, done: string): Promise<boolean> => {
    setError(null);
    try {
      await what();
      toast(done);
      await invalidate(['mentoring'], ['mentors'], BADGES_KEY);
      return true;
    } catch (e) {
      setError(errorText(e, 'That did not work.'));
      return false;
    }
  };

  return (
    <div className="mentoring">
      <h1>Mentoring</h1>
      <p className="lead">
        Your mentorship requests and agreements. <Link to="/mentors">Find a mentor</Link> or offer to mentor there.
      </p>
      {error && <Alert>{error}</Alert>}
      {loadFailure && <Alert>{errorText(loadFailure, 'Could not load your mentoring.')}</Alert>}
      {loading ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="ms-title">
            <h2 id="ms-title">Mentorships</h2>
            {mentorships.length === 0 ? (
              <EmptyState title="No mentorships yet." />
            ) : (
              mentorships.map((m) => <MentorshipCard key={m.id} m={m} myId={myId} act={act} />)
            )}
          </section>
          <section aria-labelledby="recv-title">
            <h2 id="recv-title">Requests to me</h2>
            {received.length === 0 ? <p>No requests yet.</p> : received.map((r) => <RequestCard key={r.id} r={r} asMentor act={act} />)}
          </section>
          <section aria-labelledby="sent-title">
            <h2 id="sent-title">My requests</h2>
            {sent.length === 0 ? <p>You have not asked a mentor yet.</p> : sent.map((r) => <RequestCard key={r.id} r={r} asMentor={false} act={act} />)}
          </section>
        </>
      )}
    </div>
  );
}

type Act = (what: () => Promise<unknown>, done: string) => Promise<boolean>;

function RequestCard({ r, asMentor, act }: { r: MentorshipRequest; asMentor: boolean; act: Act }) {
  const [text, setText] = useState('');
  const other = asMentor ? r.mentee : r.mentor;
  const open = r.status === 'pending' || r.status === 'info_requested';
  // Typed but not sent, while the request can still take it.
  useUnsavedChanges(open && text.trim() !== '');
  const send = (what: () => Promise<unknown>, done: string) => void act(what, done).then((ok) => ok && setText(''));
  return (
    <article className="card mentorship-request" aria-label={`Request ${asMentor ? 'from' : 'to'} ${other.name}`}>
      <h3>
        {asMentor ? 'From ' : 'To '}
        <Link to={`/members/${other.id}`}>{other.name}</Link>
      </h3>
      <p className="meta">
        <span className="status">{STATUS_LABELS[r.status]}</span> · sent {formatDate(r.created_at)}
        {open && ` · expires ${formatDate(r.expires_at)}`}
      </p>
      <p>Goals: {r.goals.join('; ')}</p>
      <div className="markdown" dangerouslySetInnerHTML={{ __html: r.message_html }} />
      {r.info_question && <p>Question: {r.info_question}</p>}
      {r.info_answer && <p>Answer: {r.info_answer}</p>}
      {r.decline_reason && <p>Reason: {r.decline_reason}</p>}
      {open && asMentor && (
        <div className="actions">
          <Button variant="primary" onClick={() => send(() => Api.actOnMentorshipRequest(r.id, 'accept'), `You now mentor ${other.name}.`)}>
            Accept
          </Button>
          <TextField label={`Reason or question for ${other.name}`} value={text} onChange={setText} />
          <Button onClick={() => send(() => Api.actOnMentorshipRequest(r.id, 'decline', { reason: text }), 'Request declined.')}>
            Decline
          </Button>
          {r.status === 'pending' && (
            <Button onClick={() => send(() => Api.actOnMentorshipRequest(r.id, 'ask-info', { question: text }), 'Question sent.')}>
              Ask for more information
            </Button>
          )}
        </div>
      )}
      {open && !asMentor && (
        <div className="actions">
          {r.status === 'info_requested' && (
            <>
              <TextField label="Your answer" value={text} onChange={setText} />
              <Button variant="primary" onClick={() => send(() => Api.actOnMentorshipRequest(r.id, 'answer', { answer: text }), 'Answer sent.')}>
                Send answer
              </Button>
            </>
          )}
          <Button onClick={() => send(() => Api.actOnMentorshipRequest(r.id, 'withdraw'), 'Request withdrawn.')}>
            Withdraw
          </Button>
        </div>
      )}
    </article>
  );
}

function MentorshipCard({ m, myId, act }: { m: Mentorship; myId: number; act: Act }) {
  const amMentor = m.mentor.id === myId;
  const other = amMentor ? m.mentee : m.mentor;
  const [date, setDate] = useState(today());
  const [notes, setNotes] = useState('');
  const [next, setNext] = useState('');
  const [goal, setGoal] = useState('');
  const [helpfulness, setHelpfulness] = useState('5');
  const [wentWell, setWentWell] = useState('');
  const [suggestion, setSuggestion] = useState('');
  const gaveFeedback = m.feedback.some((f) => f.author === myId);
  const myConsent = amMentor ? m.mentor_shows_alumni : m.mentee_shows_alumni;
  const [alumniNote, setAlumniNote] = useState('');
  const myPlan = m.alumni_check_in.plans.find((p) => p.member === myId);
  useUnsavedChanges(
    (m.status === 'active' && [notes, next, goal].some((v) => v.trim() !== '')) ||
      (m.status === 'ended' && !gaveFeedback && [wentWell, suggestion].some((v) => v.trim() !== '')) ||
      alumniNote.trim() !== '',
  );

  const logCheckIn = (e: FormEvent) => {
    e.preventDefault();
    void act(() => Api.addCheckIn(m.id, { date, notes, next_steps: next }), 'Check-in logged.').then(() => {
      setNotes('');
      setNext('');
    });
  };

  return (
    <article className="card mentorship" aria-label={`Mentorship with ${other.name}`}>
      <h3>
        {amMentor ? 'Mentoring ' : 'Mentored by '}
        <Link to={`/members/${other.id}`}>{other.name}</Link>
      </h3>
      <p className="meta">
        {m.status === 'active' ? 'Active' : 'Ended'} since {formatDate(m.status === 'active' ? m.started_at : (m.ended_at ?? undefined))} · {m.cadence} check-ins
        {m.status === 'active' && (m.check_in_overdue ? ' · a check-in is overdue' : ` · next check-in by ${formatDate(m.next_check_in_due)}`)}
      </p>
      <h4>Goals</h4>
      <ul className="goals">
        {m.goals.map((g) => (
          <li key={g.id}>
            {m.status === 'active' ? (
              <SelectField
                label={g.text}
                value={g.status}
                onChange={(v) => act(() => Api.updateMentorshipGoal(m.id, g.id, v as GoalStatus), 'Goal updated.')}
              >
                <option value="open">Open</option>
                <option value="in_progress">In progress</option>
                <option value="done">Done</option>
              </SelectField>
            ) : (
              `${g.text} — ${g.status.replace('_', ' ')}`
            )}
          </li>
        ))}
      </ul>
      {m.status === 'active' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => Api.addMentorshipGoal(m.id, goal), 'Goal added.').then(() => setGoal(''));
          }}
        >
          <TextField label="New goal" value={goal} onChange={setGoal} />
          <Button type="submit" >
            Add goal
          </Button>
        </form>
      )}
      <h4>Check-ins</h4>
      {m.check_ins.length === 0 ? (
        <p>No check-ins yet.</p>
      ) : (
        <ul className="check-ins">
          {m.check_ins.map((c) => (
            <li key={c.id}>
              <strong>{formatDate(c.date)}</strong> ({c.author === myId ? 'you' : other.name})
              <div className="markdown" dangerouslySetInnerHTML={{ __html: c.notes_html }} />
              {c.next_steps && <div className="markdown" dangerouslySetInnerHTML={{ __html: c.next_steps_html }} />}
            </li>
          ))}
        </ul>
      )}
      {m.status === 'active' && (
        <>
          <form className="check-in-form" onSubmit={logCheckIn} aria-label={`Log a check-in with ${other.name}`}>
            <DateField label="Date" value={date} onChange={setDate} max={today()} />
            <TextAreaField label="Notes" value={notes} onChange={setNotes} maxLength={4000} />
            <TextAreaField label="Next steps" optional value={next} onChange={setNext} maxLength={1000} />
            <Button variant="primary" type="submit" >
              Log check-in
            </Button>
          </form>
          <Button variant="danger-link" onClick={() => act(() => Api.endMentorship(m.id, ''), 'Mentorship ended.')}>
            End this mentorship
          </Button>
        </>
      )}
      {m.status === 'ended' && (
        <>
          {!gaveFeedback && (
            <form
              aria-label="Completion feedback"
              onSubmit={(e) => {
                e.preventDefault();
                void act(() => Api.mentorshipFeedback(m.id, { helpfulness: Number(helpfulness), went_well: wentWell, suggestion }), 'Thank you for your feedback.');
              }}
            >
              <SelectField label="How helpful was it?" value={helpfulness} onChange={setHelpfulness}>
                {[5, 4, 3, 2, 1].map((n) => (
                  <option key={n} value={String(n)}>
                    {n} of 5
                  </option>
                ))}
              </SelectField>
              <TextAreaField label="What went well" value={wentWell} onChange={setWentWell} maxLength={1000} />
              <TextAreaField label="One suggestion" optional value={suggestion} onChange={setSuggestion} maxLength={1000} />
              <Button variant="primary" type="submit" >
                Send feedback
              </Button>
            </form>
          )}
          <div className="field checkbox">
            <label>
              <input type="checkbox" checked={myConsent} onChange={(e) => act(() => Api.setAlumniVisible(m.id, e.target.checked), 'Saved.')} /> Show this
              mentorship on both our profiles (when {other.name} agrees too)
            </label>
          </div>
          <section aria-label={`Alumni check-ins with ${other.name}`}>
            <h4>Stay in touch</h4>
            <SelectField
              label="Remind me to check in"
              value={String(myPlan?.every_months ?? 0)}
              onChange={(v) => act(() => Api.setAlumniCheckIn(m.id, Number(v) as 0 | 3 | 6), 'Saved.')}
            >
              <option value="0">Never</option>
              <option value="3">Every 3 months</option>
              <option value="6">Every 6 months</option>
            </SelectField>
            {myPlan && <p className="meta">{myPlan.due ? 'A light check-in is due now.' : `Next light check-in by ${formatDate(myPlan.next_due)}.`}</p>}
            {m.alumni_check_in.notes.length > 0 && (
              <ul className="check-ins">
                {m.alumni_check_in.notes.map((n) => (
                  <li key={n.id}>
                    <strong>{formatDate(n.created_at)}</strong> ({n.author === myId ? 'you' : other.name})
                    <div className="markdown" dangerouslySetInnerHTML={{ __html: n.note_html }} />
                  </li>
                ))}
              </ul>
            )}
            <form
              aria-label={`Light check-in with ${other.name}`}
              onSubmit={(e) => {
                e.preventDefault();
                void act(() => Api.addAlumniCheckIn(m.id, alumniNote), 'Check-in sent.').then(() => setAlumniNote(''));
              }}
            >
              <TextAreaField label="A short note" value={alumniNote} onChange={setAlumniNote} maxLength={500} />
              <Button type="submit" >
                Send light check-in
              </Button>
            </form>
          </section>
        </>
      )}
    </article>
  );
}
