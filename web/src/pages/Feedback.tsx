// Feedback pages (issue 5): ask connections for rubric-based feedback, answer a
// request with the rubric, read reviews, and see a skill's growth timeline.
// Review and request texts are shown only as the server's sanitized *_html
// (cmark-gfm without raw HTML); nothing else is inserted as HTML.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  Api,
  ApiError,
  type Connection,
  type Endorsement,
  type MemberView,
  type ShownReview,
  type FeedbackRequest,
  type Reciprocity,
  type Review,
  type ReviewerSuggestion,
} from '../api';
import { useAuth } from '../auth';
import { BADGES_KEY } from '../components/Layout';
import { Alert, EmptyState, Loading, TextAreaField, TextField, formatDate, useTitle } from '../components/ui';
import { Link, useNavigate } from 'react-router';
import { DateField } from '../components/Pickers';
import { useToast } from '../components/Toast';
import { useUnsavedChanges } from '../components/UnsavedChanges';
import { cursorPages, flatItems, useInvalidate } from '../lib/query';
import { Button } from '../components/Button';

function errorText(e: unknown, fallback: string): string {
  return e instanceof ApiError ? e.userMessage : fallback;
}

function fieldErrors(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (e instanceof ApiError) for (const d of e.details) out[d.field] = d.message;
  return out;
}

function inDays(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

/** Server-rendered, sanitized Markdown (see src/http/markdown.h). */
function Html({ html, className }: { html: string; className?: string }) {
  return <div className={`markdown${className ? ` ${className}` : ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

const STATUS_LABELS: Record<string, string> = {
  invited: 'Invited',
  accepted: 'Accepted',
  declined: 'Declined',
  submitted: 'Answered',
  lapsed: 'Lapsed (the deadline passed without an answer)',
};

function AskForm({ onCreated, initialSkill = '' }: { onCreated: (r: FeedbackRequest) => void; initialSkill?: string }) {
  const [skill, setSkill] = useState(initialSkill);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [question, setQuestion] = useState('');
  const [deadline, setDeadline] = useState(inDays(14));
  const [reviewers, setReviewers] = useState<number[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [suggestions, setSuggestions] = useState<ReviewerSuggestion[] | null>(null);
  const [sent, setSent] = useState(false);
  useUnsavedChanges(!sent && [title, url, text, question].some((v) => v.trim() !== ''));

  const suggest = async () => {
    try {
      setSuggestions((await Api.reviewerSuggestions(skill)).items);
    } catch (err) {
      setErrors(fieldErrors(err));
      setSuggestions([]);
    }
  };

  const connectionsQ = useQuery({ queryKey: ['connections', 'first100'], queryFn: () => Api.connections(null, 100) });
  const connections: Connection[] = connectionsQ.data?.items ?? [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      const artifact: { title: string; url?: string; text?: string } = { title };
      if (url.trim()) artifact.url = url.trim();
      if (text.trim()) artifact.text = text;
      const created = await Api.askFeedback({ skill, artifact, question, reviewers, deadline });
      setSent(true);
      // After the guard has seen the form is no longer dirty.
      setTimeout(() => onCreated(created), 0);
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(errorText(err, 'Could not send your request.'));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: number) =>
    setReviewers((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
  const reviewerError = Object.entries(errors).find(([k]) => k.startsWith('reviewers'))?.[1];

  return (
    <form className="card ask-form" onSubmit={submit} noValidate aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask for feedback</h2>
      {error && <Alert>{error}</Alert>}
      <TextField label="Skill" value={skill} onChange={setSkill} error={errors['skill']} required maxLength={60} />
      <TextField label="What to review (title)" value={title} onChange={setTitle} error={errors['artifact.title']} required maxLength={160} />
      <TextField label="Link" optional type="url" value={url} onChange={setUrl} error={errors['artifact.url']} />
      <TextAreaField label="Text (Markdown)" optional value={text} onChange={setText} error={errors['artifact.text']} maxLength={20000} rows={5} />
      <TextAreaField label="Your question" value={question} onChange={setQuestion} error={errors['question']} maxLength={1000} rows={2} required />
      <DateField label="Deadline" value={deadline} onChange={setDeadline} error={errors['deadline']} min={inDays(1)} />
      <fieldset className={`field${reviewerError ? ' has-error' : ''}`}>
        <legend>Reviewers (your connections)</legend>
        {connections.length === 0 ? (
          <p className="hint">Connect with people first; only connections can review your work.</p>
        ) : (
          <ul className="checkbox-list">
            {connections.map((c) => (
              <li key={c.member.id}>
                <label>
                  <input type="checkbox" checked={reviewers.includes(c.member.id)} onChange={() => toggle(c.member.id)} /> {c.member.name}
                </label>
              </li>
            ))}
          </ul>
        )}
        {reviewerError && <p className="field-error">{reviewerError}</p>}
        <Button onClick={() => void suggest()} disabled={!skill.trim()}>
          Suggest reviewers
        </Button>
        {suggestions && (
          <div role="status" className="suggestions">
            {suggestions.length === 0 ? (
              <p className="hint">No suggestions for this skill among your connections yet.</p>
            ) : (
              <ul>
                {suggestions.map((s) => (
                  <li key={s.member.id}>
                    <label>
                      <input type="checkbox" checked={reviewers.includes(s.member.id)} onChange={() => toggle(s.member.id)} />{' '}
                      <strong>{s.member.name}</strong>: {s.reasons.join('; ')}
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </fieldset>
      <p className="hint">Reviews rate Clarity, Depth and correctness, and Fit for its audience from 1 to 5.</p>
      <Button variant="primary" type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Send request'}
      </Button>
    </form>
  );
}

/** One role's requests, newest first, a page at a time ("Load more" follows the cursor). */
function RequestList({ title, role, empty }: { title: string; role: 'requester' | 'reviewer'; empty: string }) {
  const q = useInfiniteQuery({ queryKey: ['feedback', 'list', role], ...cursorPages((c) => Api.feedbackRequests(role, c)) });
  const items: FeedbackRequest[] | null = q.data ? flatItems(q.data.pages, (r) => r.id) : null;
  const error = q.error ? errorText(q.error, 'Could not load your feedback requests.') : null;
  return (
    <section aria-labelledby={`${role}-h`}>
      <h2 id={`${role}-h`}>{title}</h2>
      {error && <Alert>{error}</Alert>}
      {items === null && !error ? (
        <Loading />
      ) : !items || items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="feedback-list">
          {items.map((r) => (
            <li key={r.id} className="card">
              <Link to={`/feedback/${r.id}`}>{r.artifact.title}</Link>
              <p className="meta">
                <span>{r.skill}</span> · <span>due {formatDate(r.deadline)}</span> · <span>{r.reviews.length} review{r.reviews.length === 1 ? '' : 's'}</span>
                {r.reviewers.some((x) => x.status === 'lapsed') && (
                  <>
                    {' '}
                    · <span className="lapsed">lapsed: {r.reviewers.filter((x) => x.status === 'lapsed').map((x) => x.member.name).join(', ')}</span>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {q.hasNextPage && (
        <Button disabled={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>
          {q.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </section>
  );
}

/** "Ask for feedback on …": the member's skills nobody has reviewed or endorsed yet. */
function NoFeedbackPrompt({ skills, onAsk }: { skills: string[]; onAsk: (skill: string) => void }) {
  if (skills.length === 0) return null;
  return (
    <Alert tone="info">
      <span className="no-feedback-prompt">
        No outside feedback yet on {skills.join(', ')}.{' '}
        {skills.slice(0, 3).map((s) => (
          <Button variant="link" key={s} onClick={() => onAsk(s)}>
            Ask for feedback on {s}
          </Button>
        ))}
      </span>
    </Alert>
  );
}

export function FeedbackListPage() {
  useTitle('Feedback');
  const { me } = useAuth();
  const navigate = useNavigate();
  const [askSkill, setAskSkill] = useState('');
  const firstSkill = me?.profile.skills[0]?.name;
  const statsQ = useQuery({ queryKey: ['feedback', 'stats'], queryFn: () => Api.feedbackStats() });
  const stats: Reciprocity | null = statsQ.data ?? null;
  // Any skill's timeline lists every skill still without outside feedback.
  const timelineQ = useQuery({
    queryKey: ['timeline', firstSkill],
    queryFn: () => Api.skillTimeline(firstSkill!),
    enabled: !!firstSkill,
  });
  const noFeedback = timelineQ.data?.skills_without_feedback ?? [];
  const ask = (skill: string) => {
    setAskSkill(skill);
    setTimeout(() => document.getElementById('ask-heading')?.scrollIntoView(), 0);
  };
  return (
    <div className="feedback">
      <h1>Feedback</h1>
      <p className="lead">Ask people you trust for structured feedback, and help others grow.</p>
      {stats && (
        <p className="reciprocity">
          You gave {stats.given} review{stats.given === 1 ? '' : 's'} and received {stats.received}.
          {stats.median_response_hours !== null && ` Your median response time: ${stats.median_response_hours} hours.`}
          {stats.usefulness !== null && ` People rated your reviews ${(stats.usefulness / 100).toFixed(1)} of 5 for usefulness.`}
          {stats.lapsed > 0 && ` You let ${stats.lapsed} request${stats.lapsed === 1 ? '' : 's'} lapse.`}
        </p>
      )}
      <NoFeedbackPrompt skills={noFeedback} onAsk={ask} />
      <RequestList title="Asked of me" role="reviewer" empty="Nobody has asked you for feedback yet." />
      <RequestList title="My requests" role="requester" empty="You have not asked for feedback yet." />
      <AskForm key={askSkill} initialSkill={askSkill} onCreated={(r) => navigate(`/feedback/${r.id}`)} />
    </div>
  );
}

function ReviewForm({ request, onDone }: { request: FeedbackRequest; onDone: () => void }) {
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [strengths, setStrengths] = useState('');
  const [improvements, setImprovements] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedChanges([strengths, improvements, nextStep].some((v) => v.trim() !== '') || Object.keys(ratings).length > 0);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await Api.submitReview(request.id, { ratings, strengths, improvements, next_step: nextStep });
      setStrengths('');
      setImprovements('');
      setNextStep('');
      setRatings({});
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(errorText(err, 'Could not send your review.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card review-form" onSubmit={submit} noValidate aria-labelledby="review-h">
      <h2 id="review-h">Your review</h2>
      {error && <Alert>{error}</Alert>}
      {request.rubric.criteria.map((c) => (
        <fieldset key={c.id} className={`field rubric${errors[`ratings.${c.id}`] ? ' has-error' : ''}`}>
          <legend>{c.name}</legend>
          <ul className="rubric-levels">
            {c.levels.map((label, i) => (
              <li key={i}>
                <label>
                  <input
                    type="radio"
                    name={`rating-${c.id}`}
                    value={i + 1}
                    checked={ratings[c.id] === i + 1}
                    onChange={() => setRatings((r) => ({ ...r, [c.id]: i + 1 }))}
                  />{' '}
                  {i + 1} – {label}
                </label>
              </li>
            ))}
          </ul>
          {errors[`ratings.${c.id}`] && <p className="field-error">{errors[`ratings.${c.id}`]}</p>}
        </fieldset>
      ))}
      <TextAreaField label="What works well" value={strengths} onChange={setStrengths} error={errors['strengths']} maxLength={4000} rows={3} />
      <TextAreaField label="What to improve" value={improvements} onChange={setImprovements} error={errors['improvements']} maxLength={4000} rows={3} />
      <TextAreaField label="One concrete next step" value={nextStep} onChange={setNextStep} error={errors['next_step']} maxLength={4000} rows={2} />
      <Button variant="primary" type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Send review'}
      </Button>
    </form>
  );
}

function ReviewCard({ review, request, mine, onChange }: { review: Review; request: FeedbackRequest; mine: boolean; onChange: () => void }) {
  const reviewer = request.reviewers.find((s) => s.member.id === review.reviewer)?.member;
  const [error, setError] = useState<string | null>(null);
  const react = async (body: Parameters<typeof Api.reactToReview>[1]) => {
    try {
      await Api.reactToReview(review.id, body);
      onChange();
    } catch (e) {
      setError(errorText(e, 'Could not save.'));
    }
  };
  return (
    <article className="card review" aria-label={`Review by ${reviewer?.name ?? 'a reviewer'}`}>
      <h3>Review by {reviewer?.name ?? 'a reviewer'}</h3>
      <dl className="ratings">
        {request.rubric.criteria.map((c) => (
          <div key={c.id}>
            <dt>{c.name}</dt>
            <dd>
              {review.ratings[c.id]} of 5 – {c.levels[(review.ratings[c.id] ?? 1) - 1]}
            </dd>
          </div>
        ))}
      </dl>
      <h4>What works well</h4>
      <Html html={review.strengths_html} />
      <h4>What to improve</h4>
      <Html html={review.improvements_html} />
      <h4>Next step</h4>
      <Html html={review.next_step_html} />
      {review.reply && <p className="reply">Reply: {review.reply}</p>}
      {error && <Alert>{error}</Alert>}
      {mine && (
        <div className="review-actions">
          <Button disabled={review.thanked} onClick={() => void react({ thanked: true })}>
            {review.thanked ? 'Thanked' : 'Thank'}
          </Button>
          <label>
            Usefulness{' '}
            <select value={review.usefulness ?? ''} onChange={(e) => void react({ usefulness: Number(e.target.value) })}>
              <option value="" disabled>
                rate…
              </option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={review.on_profile} onChange={(e) => void react({ on_profile: e.target.checked })} /> Show on my profile
          </label>
        </div>
      )}
    </article>
  );
}

export function FeedbackRequestPage({ id }: { id: number }) {
  const { me } = useAuth();
  const invalidate = useInvalidate();
  const q = useQuery({ queryKey: ['feedback', 'request', id], queryFn: () => Api.feedbackRequest(id) });
  const req: FeedbackRequest | null = q.data ?? null;
  const error = q.error ? errorText(q.error, 'Could not load this request.') : null;
  useTitle(req ? `Feedback: ${req.artifact.title}` : 'Feedback request');
  if (error) {
    return (
      <div className="narrow">
        <h1>Feedback request</h1>
        <Alert>{error}</Alert>
      </div>
    );
  }
  if (!req || !me) return <Loading />;
  const mySlot = req.reviewers.find((s) => s.member.id === me.id);
  const isRequester = req.requester.id === me.id;
  const reload = () => void invalidate(['feedback'], ['timeline'], BADGES_KEY);
  return (
    <div className="feedback-request">
      <h1>{req.artifact.title}</h1>
      <p className="meta">
        {isRequester ? 'You asked' : `${req.requester.name} asked`} for feedback on <strong>{req.skill}</strong>, due {formatDate(req.deadline)}.{' '}
        {isRequester && <Link to={`/skills/${encodeURIComponent(req.skill)}`}>See the {req.skill} timeline</Link>}
      </p>
      <section className="card" aria-labelledby="q-h">
        <h2 id="q-h">Question</h2>
        <Html html={req.question_html} />
        {req.artifact.url && (
          <p>
            Link:{' '}
            <a href={req.artifact.url} rel="noopener noreferrer nofollow" target="_blank">
              {req.artifact.url}
            </a>
          </p>
        )}
        {req.artifact.text && <Html html={req.artifact.text_html} className="artifact" />}
      </section>
      <section aria-labelledby="rev-h">
        <h2 id="rev-h">Reviewers</h2>
        <ul className="reviewer-status">
          {req.reviewers.map((s) => (
            <li key={s.member.id}>
              {s.member.name}: {STATUS_LABELS[s.status]}
            </li>
          ))}
        </ul>
      </section>
      {mySlot?.status === 'lapsed' && (
        <Alert tone="info">The deadline of this request ({formatDate(req.deadline)}) has passed without your review, so it can no longer be answered.</Alert>
      )}
      {mySlot && (mySlot.status === 'invited' || mySlot.status === 'accepted') && (
        <>
          {mySlot.status === 'invited' && (
            <p>
              <Button variant="link" onClick={() => void Api.respondFeedback(req.id, 'decline').then(reload)}>
                Decline this request
              </Button>
            </p>
          )}
          <ReviewForm request={req} onDone={reload} />
        </>
      )}
      <section aria-labelledby="reviews-h">
        <h2 id="reviews-h">Reviews</h2>
        {req.reviews.length === 0 ? (
          <EmptyState title="No reviews yet." />
        ) : (
          req.reviews.map((r) => <ReviewCard key={r.id} review={r} request={req} mine={isRequester} onChange={reload} />)
        )}
      </section>
    </div>
  );
}

/** Endorsements (with counts and notes) and the reviews a member chose to show, on their page. */
export function ProfileFeedback({ member }: { member: MemberView }) {
  const { me } = useAuth();
  const invalidate = useInvalidate();
  const toast = useToast();
  const endorsementsQ = useQuery({ queryKey: ['member', member.id, 'endorsements'], queryFn: () => Api.endorsements(member.id) });
  const endorsements: Endorsement[] = endorsementsQ.data?.items ?? [];
  const counts: Record<string, number> = endorsementsQ.data?.counts ?? {};
  const shownQ = useQuery({ queryKey: ['member', member.id, 'shown-reviews'], queryFn: () => Api.shownReviews(member.id) });
  const shown: ShownReview[] = shownQ.data?.items ?? [];
  const [skill, setSkill] = useState(member.skills?.[0]?.name ?? '');
  const [note, setNote] = useState('');
  useUnsavedChanges(note.trim() !== '');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => invalidate(['member', member.id], ['timeline']);
  const connected = member.relationship?.connection === 'connected';
  const self = member.relationship?.connection === 'self';
  const endorse = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await Api.endorse(member.id, skill, note);
      setNote('');
      await refresh();
      toast(`You endorsed ${member.name.split(/\s+/)[0]} for ${skill}.`);
    } catch (err) {
      setError(errorText(err, 'Could not save the endorsement.'));
    }
  };
  const remove = async (id: number) => {
    try {
      await Api.removeEndorsement(id);
      await refresh();
    } catch (err) {
      setError(errorText(err, 'Could not remove the endorsement.'));
    }
  };
  return (
    <section className="card" aria-labelledby="sec-endorsements">
      <h2 id="sec-endorsements">Endorsements and feedback</h2>
      {error && <Alert>{error}</Alert>}
      {endorsements.length === 0 ? (
        <p className="muted">No endorsements yet.</p>
      ) : (
        <>
          <ul className="tags">
            {Object.entries(counts).map(([k, n]) => (
              <li key={k} className="tag">
                {k}: {n}
              </li>
            ))}
          </ul>
          <ul className="endorsement-list">
            {endorsements.map((e) => (
              <li key={e.id}>
                <strong>{e.endorser.name}</strong> endorsed {e.skill}
                {e.note && <>: “{e.note}”</>}{' '}
                {(self || e.endorser.id === me?.id) && (
                  <Button variant="link" onClick={() => void remove(e.id)} aria-label={`Remove endorsement of ${e.skill} by ${e.endorser.name}`}>
                    Remove
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {connected && member.skills && member.skills.length > 0 && (
        <form onSubmit={endorse} className="endorse-form" aria-label="Endorse a skill">
          <label>
            Skill{' '}
            <select value={skill} onChange={(e) => setSkill(e.target.value)}>
              {member.skills.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <TextField label="How you saw it" optional value={note} onChange={setNote} maxLength={280} />
          <Button type="submit" >
            Endorse
          </Button>
        </form>
      )}
      {shown.length > 0 && (
        <>
          <h3>Reviews shared by {member.name}</h3>
          {shown.map((s) => (
            <article key={s.review.id} className="review" aria-label={`Review by ${s.reviewer.name}`}>
              <h4>
                {s.artifact_title} ({s.skill}), reviewed by {s.reviewer.name}
              </h4>
              <Html html={s.review.strengths_html} />
              <Html html={s.review.next_step_html} />
            </article>
          ))}
        </>
      )}
    </section>
  );
}
