// Feedback pages (issue 5): ask connections for rubric-based feedback, answer a
// request with the rubric, read reviews, and see a skill's growth timeline.
// Review and request texts are shown only as the server's sanitized *_html
// (cmark-gfm without raw HTML); nothing else is inserted as HTML.
import { useEffect, useState, type FormEvent } from 'react';
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
  type SkillTimeline,
} from '../api';
import { useAuth } from '../auth';
import { Alert, EmptyState, Loading, TextAreaField, TextField, formatDate, useTitle } from '../components/ui';
import { Link, navigate } from '../router';

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
  const [connections, setConnections] = useState<Connection[]>([]);
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

  const suggest = async () => {
    try {
      setSuggestions((await Api.reviewerSuggestions(skill)).items);
    } catch (err) {
      setErrors(fieldErrors(err));
      setSuggestions([]);
    }
  };

  useEffect(() => {
    Api.connections(null, 100)
      .then((p) => setConnections(p.items))
      .catch(() => setConnections([]));
  }, []);

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
      onCreated(created);
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
      <TextField label="Deadline" type="date" value={deadline} onChange={setDeadline} error={errors['deadline']} required />
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
        <button type="button" className="btn btn-secondary" onClick={() => void suggest()} disabled={!skill.trim()}>
          Suggest reviewers
        </button>
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
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? 'Sending…' : 'Send request'}
      </button>
    </form>
  );
}

/** One role's requests, newest first, a page at a time ("Load more" follows the cursor). */
function RequestList({ title, role, empty }: { title: string; role: 'requester' | 'reviewer'; empty: string }) {
  const [items, setItems] = useState<FeedbackRequest[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = async (from: string | null) => {
    setBusy(true);
    try {
      const page = await Api.feedbackRequests(role, from);
      setItems((prev) => (from && prev ? [...prev, ...page.items] : page.items));
      setCursor(page.next_cursor);
    } catch (e) {
      setError(errorText(e, 'Could not load your feedback requests.'));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    void load(null);
  }, [role]);
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
                <span>{r.skill}</span> · <span>due {r.deadline}</span> · <span>{r.reviews.length} review{r.reviews.length === 1 ? '' : 's'}</span>
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
      {cursor && (
        <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void load(cursor)}>
          {busy ? 'Loading…' : 'Load more'}
        </button>
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
          <button key={s} type="button" className="btn btn-link" onClick={() => onAsk(s)}>
            Ask for feedback on {s}
          </button>
        ))}
      </span>
    </Alert>
  );
}

export function FeedbackListPage() {
  useTitle('Feedback');
  const { me } = useAuth();
  const [stats, setStats] = useState<Reciprocity | null>(null);
  const [noFeedback, setNoFeedback] = useState<string[]>([]);
  const [askSkill, setAskSkill] = useState('');
  const firstSkill = me?.profile.skills[0]?.name;
  useEffect(() => {
    Api.feedbackStats()
      .then(setStats)
      .catch(() => setStats(null));
  }, []);
  useEffect(() => {
    // Any skill's timeline lists every skill still without outside feedback.
    if (!firstSkill) return;
    Api.skillTimeline(firstSkill)
      .then((t) => setNoFeedback(t.skills_without_feedback))
      .catch(() => setNoFeedback([]));
  }, [firstSkill]);
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
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await Api.submitReview(request.id, { ratings, strengths, improvements, next_step: nextStep });
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
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? 'Sending…' : 'Send review'}
      </button>
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
          <button type="button" className="btn btn-secondary" disabled={review.thanked} onClick={() => void react({ thanked: true })}>
            {review.thanked ? 'Thanked' : 'Thank'}
          </button>
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
  const [req, setReq] = useState<FeedbackRequest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useTitle(req ? `Feedback: ${req.artifact.title}` : 'Feedback request');
  useEffect(() => {
    Api.feedbackRequest(id)
      .then(setReq)
      .catch((e) => setError(errorText(e, 'Could not load this request.')));
  }, [id, version]);
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
  const reload = () => setVersion((v) => v + 1);
  return (
    <div className="feedback-request">
      <h1>{req.artifact.title}</h1>
      <p className="meta">
        {isRequester ? 'You asked' : `${req.requester.name} asked`} for feedback on <strong>{req.skill}</strong>, due {req.deadline}.{' '}
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
        <Alert tone="info">The deadline of this request ({req.deadline}) has passed without your review, so it can no longer be answered.</Alert>
      )}
      {mySlot && (mySlot.status === 'invited' || mySlot.status === 'accepted') && (
        <>
          {mySlot.status === 'invited' && (
            <p>
              <button type="button" className="btn btn-link" onClick={() => void Api.respondFeedback(req.id, 'decline').then(reload)}>
                Decline this request
              </button>
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

/** An SVG line/point chart of a skill's levels over time, drawn from the API data. */
export function TimelineChart({ data }: { data: SkillTimeline }) {
  const W = 600,
    H = 220,
    L = 40,
    R = 16,
    T = 16,
    B = 36;
  const pts = data.points;
  if (pts.length === 0) return <p className="muted">No data for this skill yet.</p>;
  const times = pts.map((p) => Date.parse(p.at));
  const t0 = Math.min(...times),
    t1 = Math.max(...times);
  const x = (t: number) => (t1 === t0 ? L + (W - L - R) / 2 : L + ((t - t0) / (t1 - t0)) * (W - L - R));
  const y = (level: number) => T + ((500 - level) / 400) * (H - T - B);
  const rated = pts.map((p, i) => ({ p, t: times[i] })).filter((d) => d.p.level !== null);
  const reviews = rated.filter((d) => d.p.kind === 'review');
  const selfs = rated.filter((d) => d.p.kind === 'self_assessment');
  const summary =
    `${data.skill}: ${data.review_count} review${data.review_count === 1 ? '' : 's'}, ` +
    `${data.endorsement_count} endorsement${data.endorsement_count === 1 ? '' : 's'}. ` +
    rated.map((d) => `${d.p.kind === 'review' ? 'Review' : 'Self-assessment'} ${formatDate(d.p.at)}: ${(d.p.level! / 100).toFixed(1)}`).join('; ');
  return (
    <figure className="timeline-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="tl-title tl-desc" width="100%">
        <title id="tl-title">Growth of {data.skill}</title>
        <desc id="tl-desc">{summary}</desc>
        {[1, 2, 3, 4, 5].map((lv) => (
          <g key={lv}>
            <line x1={L} x2={W - R} y1={y(lv * 100)} y2={y(lv * 100)} stroke="#ddd" />
            <text x={L - 8} y={y(lv * 100) + 4} textAnchor="end" fontSize="12">
              {lv}
            </text>
          </g>
        ))}
        {selfs.length > 1 && (
          <polyline fill="none" stroke="#16a34a" strokeWidth="2" strokeDasharray="4 3" points={selfs.map((d) => `${x(d.t)},${y(d.p.level!)}`).join(' ')} />
        )}
        {reviews.length > 1 && (
          <polyline fill="none" stroke="#2563eb" strokeWidth="2" points={reviews.map((d) => `${x(d.t)},${y(d.p.level!)}`).join(' ')} />
        )}
        {rated.map((d, i) =>
          d.p.kind === 'review' ? (
            <circle key={i} cx={x(d.t)} cy={y(d.p.level!)} r="5" fill="#2563eb">
              <title>{`Review ${formatDate(d.p.at)}: ${(d.p.level! / 100).toFixed(1)}`}</title>
            </circle>
          ) : (
            <rect key={i} x={x(d.t) - 5} y={y(d.p.level!) - 5} width="10" height="10" fill="#16a34a">
              <title>{`Self-assessment: ${d.p.level! / 100}`}</title>
            </rect>
          ),
        )}
        {pts
          .map((p, i) => ({ p, t: times[i] }))
          .filter((d) => d.p.kind === 'endorsement')
          .map((d, i) => (
            <text key={`e${i}`} x={x(d.t)} y={H - B + 16} textAnchor="middle" fontSize="14" fill="#b45309">
              ★<title>{`Endorsement ${formatDate(d.p.at)}`}</title>
            </text>
          ))}
      </svg>
      <figcaption>Blue dots: average rubric rating of each review. Green squares (dashed line): your self-assessments over time. Stars: endorsements.</figcaption>
    </figure>
  );
}

export function SkillTimelinePage({ skill }: { skill: string }) {
  useTitle(`Skill: ${skill}`);
  const [data, setData] = useState<SkillTimeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Api.skillTimeline(skill)
      .then(setData)
      .catch((e) => setError(errorText(e, 'Could not load the timeline.')));
  }, [skill]);
  return (
    <div className="skill-timeline">
      <h1>{skill}: growth over time</h1>
      {error && <Alert>{error}</Alert>}
      {!data && !error && <Loading />}
      {data && (
        <>
          {!data.has_outside_feedback && (
            <Alert tone="info">
              No outside feedback on this skill yet. <Link to="/feedback">Ask for feedback</Link>.
            </Alert>
          )}
          {data.skills_without_feedback.filter((s) => s.toLowerCase() !== data.skill.toLowerCase()).length > 0 && (
            <p className="muted">
              Also without outside feedback:{' '}
              {data.skills_without_feedback
                .filter((s) => s.toLowerCase() !== data.skill.toLowerCase())
                .map((s, i) => (
                  <span key={s}>
                    {i > 0 && ', '}
                    <Link to={`/skills/${encodeURIComponent(s)}`}>{s}</Link>
                  </span>
                ))}
            </p>
          )}
          <TimelineChart data={data} />
          <table className="timeline-table">
            <caption>Timeline data</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">Level</th>
              </tr>
            </thead>
            <tbody>
              {data.points.map((p, i) => (
                <tr key={i}>
                  <td>{formatDate(p.at)}</td>
                  <td>{p.kind.replace('_', ' ')}</td>
                  <td>{p.level === null ? '—' : (p.level / 100).toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.series.reviews.length > 0 && (
            <table className="timeline-table">
              <caption>Rubric ratings per review</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Mean</th>
                  {data.series.reviews[0].criteria.map((c) => (
                    <th key={c.id} scope="col">
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.series.reviews.map((r) => (
                  <tr key={r.review}>
                    <td>{formatDate(r.at)}</td>
                    <td>{(r.mean / 100).toFixed(1)}</td>
                    {data.series.reviews[0].criteria.map((c) => (
                      <td key={c.id}>{r.criteria.find((x) => x.id === c.id)?.score ?? '—'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data.series.endorsements.length > 0 && (
            <p className="endorsement-count">
              Endorsements: {data.series.endorsements[data.series.endorsements.length - 1].count}, the first on{' '}
              {formatDate(data.series.endorsements[0].at)}.
            </p>
          )}
          {data.series.mentorship_goal && data.series.mentorship_goal.length > 0 && (
            <p className="mentorship-goals">
              Mentorship goals completed: {data.series.mentorship_goal.length}, the latest on{' '}
              {formatDate(data.series.mentorship_goal[data.series.mentorship_goal.length - 1].at)} (
              <Link to="/mentoring">see your mentorships</Link>).
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** Endorsements (with counts and notes) and the reviews a member chose to show, on their page. */
export function ProfileFeedback({ member }: { member: MemberView }) {
  const { me } = useAuth();
  const [endorsements, setEndorsements] = useState<Endorsement[]>([]);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [shown, setShown] = useState<ShownReview[]>([]);
  const [skill, setSkill] = useState(member.skills?.[0]?.name ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    Api.endorsements(member.id)
      .then((r) => {
        setEndorsements(r.items);
        setCounts(r.counts);
      })
      .catch(() => setEndorsements([]));
    Api.shownReviews(member.id)
      .then((r) => setShown(r.items))
      .catch(() => setShown([]));
  }, [member.id, version]);
  const connected = member.relationship?.connection === 'connected';
  const self = member.relationship?.connection === 'self';
  const endorse = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await Api.endorse(member.id, skill, note);
      setNote('');
      setVersion((v) => v + 1);
    } catch (err) {
      setError(errorText(err, 'Could not save the endorsement.'));
    }
  };
  const remove = async (id: number) => {
    try {
      await Api.removeEndorsement(id);
      setVersion((v) => v + 1);
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
                  <button type="button" className="btn btn-link" onClick={() => void remove(e.id)} aria-label={`Remove endorsement of ${e.skill} by ${e.endorser.name}`}>
                    Remove
                  </button>
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
          <button type="submit" className="btn btn-secondary">
            Endorse
          </button>
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
