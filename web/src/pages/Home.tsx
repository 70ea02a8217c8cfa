import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Api, type Profile } from '../api';
import { useAuth, useMe } from '../auth';
import { PeopleYouMayKnow } from '../components/PeopleYouMayKnow';
import { useTitle } from '../components/ui';
import { Link } from 'react-router';

export interface ProfileStep {
  key: string;
  label: string;
  done: boolean;
  anchor: string;
}

/** Which parts of a profile are filled in; drives "complete your profile". */
export function profileSteps(p: Profile): ProfileStep[] {
  return [
    { key: 'headline', label: 'Write a headline', done: !!p.headline?.trim(), anchor: 'basics' },
    {
      key: 'details',
      label: 'Add your location or organization',
      done: !!(p.location?.trim() || p.organization?.trim()),
      anchor: 'about',
    },
    { key: 'bio', label: 'Tell people about yourself', done: !!p.bio?.trim(), anchor: 'about' },
    { key: 'fields', label: 'Add a field of interest', done: (p.fields?.length ?? 0) > 0, anchor: 'fields' },
    { key: 'skills', label: 'List your skills', done: (p.skills?.length ?? 0) > 0, anchor: 'skills' },
    { key: 'goals', label: 'Set a learning goal', done: (p.goals?.length ?? 0) > 0, anchor: 'goals' },
    {
      key: 'open_to',
      label: 'Say what you are open to',
      done: !!p.open_to && Object.values(p.open_to).some(Boolean),
      anchor: 'open-to',
    },
  ];
}

/** The three things a newcomer does first; until they are done Home is a "start here" page. */
export function firstSteps(p: Profile): ProfileStep[] {
  return [
    { key: 'fields', label: 'Choose your field', done: (p.fields?.length ?? 0) > 0, anchor: 'fields' },
    { key: 'skills', label: 'List a few skills', done: (p.skills?.length ?? 0) > 0, anchor: 'skills' },
    { key: 'goals', label: 'Set a learning goal', done: (p.goals?.length ?? 0) > 0, anchor: 'goals' },
  ];
}

export function HomePage() {
  const me = useMe();
  const p = me.profile;
  const firstName = p.name.split(/\s+/)[0] || p.name;
  useTitle('Home');
  const { reload } = useAuth();

  useEffect(() => {
    // Refresh counts (connections may have changed in another tab or by the other member).
    void reload();
  }, [reload]);

  const incomingQ = useQuery({
    queryKey: ['requests', 'incoming', 'summary'],
    queryFn: async () => {
      const page = await Api.requests('incoming', null, 100);
      return { count: page.items.length, more: !!page.next_cursor, firstNames: page.items.slice(0, 3).map((r) => r.from.name) };
    },
  });
  const incoming = incomingQ.data;
  const incomingError = incomingQ.isError;
  const start = firstSteps(p);
  // A newcomer: the three steps are not all done and nobody is connected yet.
  const newcomer = start.some((s) => !s.done) && me.connection_count === 0;

  const steps = profileSteps(p);
  const done = steps.filter((s) => s.done).length;
  const missing = steps.filter((s) => !s.done);
  const field = p.fields?.[0];
  const skill = p.skills?.[0]?.name;

  return (
    <div className="home">
      <h1>
        {newcomer ? 'Welcome' : 'Welcome back'}, {firstName}
      </h1>
      <p className="lead">
        {newcomer
          ? 'pln connects you with peers, mentors and reviewers in your field. Three steps and it can start suggesting people for you.'
          : 'Here is what you could do next to keep your network growing.'}
      </p>

      {newcomer && (
        <section className="card start-here" aria-labelledby="start-title">
          <h2 id="start-title">Start here</h2>
          <ol className="start-steps">
            {start.map((s, i) => (
              <li key={s.key} className={s.done ? 'done' : undefined}>
                <span className="step-number" aria-hidden="true">
                  {s.done ? '✓' : i + 1}
                </span>
                {s.done ? (
                  <span>
                    {s.label} <span className="visually-hidden">(done)</span>
                  </span>
                ) : (
                  <Link to={`/profile#${s.anchor}`}>{s.label}</Link>
                )}
              </li>
            ))}
          </ol>
          <p className="muted">With a field, skills and a goal, suggestions below explain why each person could help you.</p>
        </section>
      )}

      <ul className="next-steps" aria-label="Next steps">
        {incoming && incoming.count > 0 && (
          <li className="card step step-urgent">
            <h2>
              {incoming.count}
              {incoming.more ? '+' : ''} connection request{incoming.count === 1 && !incoming.more ? '' : 's'} waiting
            </h2>
            <p>
              {incoming.firstNames.join(', ')}
              {incoming.count > incoming.firstNames.length ? ' and others' : ''} asked to connect with you. Answering
              quickly keeps people engaged.
            </p>
            <Link className="btn btn-primary" to="/requests">
              Review requests
            </Link>
          </li>
        )}

        {!newcomer && missing.length > 0 && (
          <li className="card step">
            <h2>Complete your profile</h2>
            <div className="progress-row">
              <progress max={steps.length} value={done} aria-label="Profile completeness" />
              <span>
                {done} of {steps.length} done
              </span>
            </div>
            <p>A complete profile helps peers and mentors find you and know how to help.</p>
            <ul className="checklist">
              {missing.map((s) => (
                <li key={s.key}>
                  <Link to={`/profile#${s.anchor}`}>{s.label}</Link>
                </li>
              ))}
            </ul>
          </li>
        )}

        <li className="card step">
          {field ? (
            <>
              <h2>Find people in {field}</h2>
              <p>Peers in your field are the first people to learn from. Connect with a few today.</p>
              <Link className="btn btn-primary" to={`/directory?field=${encodeURIComponent(field)}`}>
                Browse {field}
              </Link>
            </>
          ) : (
            <>
              <h2>Find people to learn from</h2>
              <p>Add a field of interest to your profile to see peers in your field, or search the directory now.</p>
              <Link className="btn btn-primary" to="/directory">
                Open the directory
              </Link>
            </>
          )}
        </li>

        {p.open_to?.being_mentored && (
          <li className="card step">
            <h2>Find a mentor</h2>
            <p>Mentorship is the most under-used benefit of a network. Look for experienced people open to mentoring.</p>
            <Link
              className="btn btn-secondary"
              to={`/mentors${field ? `?field=${encodeURIComponent(field)}` : ''}`}
            >
              See mentors{field ? ` in ${field}` : ''}
            </Link>
          </li>
        )}

        {p.open_to?.mentoring && skill && (
          <li className="card step">
            <h2>Help someone learn {skill}</h2>
            <p>You are open to mentoring. Learners who want mentoring are waiting to hear from people like you.</p>
            <Link className="btn btn-secondary" to={`/directory?open_to=being_mentored&skill=${encodeURIComponent(skill)}`}>
              See learners
            </Link>
          </li>
        )}

        <li className="card step">
          <h2>Your network</h2>
          <p>
            {me.connection_count === 0
              ? 'You have no connections yet. Your first connection is the hardest: send one request today.'
              : `You have ${me.connection_count} connection${me.connection_count === 1 ? '' : 's'}. Keep in touch with them.`}
          </p>
          <Link className="btn btn-secondary" to="/connections">
            My connections
          </Link>
        </li>
      </ul>
      {incomingError && <p className="muted">Could not load your connection requests right now.</p>}

      <PeopleYouMayKnow />
    </div>
  );
}
