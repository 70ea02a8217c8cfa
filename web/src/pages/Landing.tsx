// What a signed-out visitor sees at "/": what pln is, and the two ways in.
import { ButtonLink } from '../components/Button';
import { useTitle } from '../components/ui';

const POINTS = [
  {
    title: 'Peers in your field',
    text: 'Find the people who learn what you learn, with suggestions that say why each one could help.',
  },
  {
    title: 'A mentor who has walked the road',
    text: 'Ask experienced members for mentorship with clear goals, check-ins and room they really have.',
  },
  {
    title: 'Honest feedback on your work',
    text: 'Ask connections to review a project against a rubric, and watch each skill grow over time.',
  },
];

export function LandingPage() {
  useTitle('');
  return (
    <div className="landing">
      <section className="landing-hero" aria-labelledby="landing-title">
        <h1 id="landing-title">Keep learning from the people around you</h1>
        <p className="lead">
          pln is your Personal Learning Network: the peers, mentors and reviewers you keep learning from after a course
          ends, run by your school or community.
        </p>
        <div className="landing-actions">
          <ButtonLink variant="primary" to="/signup">
            Sign up
          </ButtonLink>
          <ButtonLink variant="secondary" to="/login">
            Log in
          </ButtonLink>
        </div>
      </section>
      <ul className="landing-points list">
        {POINTS.map((p) => (
          <li key={p.title} className="card">
            <h2>{p.title}</h2>
            <p>{p.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
