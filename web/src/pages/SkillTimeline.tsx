// A skill's growth over time: the chart (Observable Plot, loaded on demand) and the same data
// as tables, which also serve screen readers and narrow screens.
import { useQuery } from '@tanstack/react-query';
import { Suspense, lazy } from 'react';
import { Link } from 'react-router';
import { Api, type SkillTimeline } from '../api';
import { SERIES } from '../components/charts/series';
import { Table } from '../components/Table';
import { Alert, Loading, errorText, formatDate, useTitle } from '../components/ui';

const TimelinePlot = lazy(() => import('../components/charts/TimelinePlot'));

const KIND_LABELS: Record<string, string> = {
  review: 'Review',
  self_assessment: 'Self-assessment',
  endorsement: 'Endorsement',
  mentorship_goal: 'Mentorship goal completed',
};

function level(n: number | null): string {
  return n === null ? '—' : (n / 100).toFixed(1);
}

/** The mark as the chart draws it: a line through a circle or a square, or a lone star. */
function LegendSymbol({ symbol, color }: { symbol: string; color: string }) {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" style={{ color }}>
      {symbol !== 'star' && <line x1="0" x2="28" y1="7" y2="7" stroke="currentColor" strokeWidth="2" />}
      {symbol === 'circle' && <circle cx="14" cy="7" r="5" fill="currentColor" />}
      {symbol === 'square' && <rect x="9" y="2" width="10" height="10" fill="currentColor" />}
      {symbol === 'star' && (
        <polygon
          fill="currentColor"
          points="14,0 16.2,4.9 21.5,5.5 17.5,9 18.6,14 14,11.4 9.4,14 10.5,9 6.5,5.5 11.8,4.9"
        />
      )}
    </svg>
  );
}

/** The series that have data, in the legend's words and the chart's symbols. */
function Legend({ data }: { data: SkillTimeline }) {
  const shown = [
    data.points.some((p) => p.kind === 'review') && SERIES.review,
    data.points.some((p) => p.kind === 'self_assessment') && SERIES.self,
    data.points.some((p) => p.kind === 'endorsement') && SERIES.endorsement,
  ].filter((s): s is (typeof SERIES)[keyof typeof SERIES] => !!s);
  return (
    <ul className="legend" aria-label="Legend">
      {shown.map((s) => (
        <li key={s.label}>
          <LegendSymbol symbol={s.symbol} color={s.color} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

export function TimelineChart({ data }: { data: SkillTimeline }) {
  const rated = data.points.filter((p) => p.level !== null);
  if (data.points.length === 0) return <p className="muted">No data for this skill yet.</p>;
  const summary =
    `${data.review_count} review${data.review_count === 1 ? '' : 's'}, ` +
    `${data.endorsement_count} endorsement${data.endorsement_count === 1 ? '' : 's'}. ` +
    rated.map((p) => `${KIND_LABELS[p.kind] ?? p.kind} ${formatDate(p.at)}: ${level(p.level)}`).join('; ');
  return (
    <figure className="card timeline-chart">
      <Suspense fallback={<Loading label="Drawing the chart…" />}>
        <TimelinePlot data={data} summary={summary} />
      </Suspense>
      <figcaption>
        <Legend data={data} />
      </figcaption>
    </figure>
  );
}

export function SkillTimelinePage({ skill }: { skill: string }) {
  useTitle(`Skill: ${skill}`);
  const q = useQuery({ queryKey: ['timeline', skill], queryFn: () => Api.skillTimeline(skill) });
  const data = q.data;
  const others = data ? data.skills_without_feedback.filter((s) => s.toLowerCase() !== data.skill.toLowerCase()) : [];
  return (
    <div className="skill-timeline">
      <h1>{skill}: growth over time</h1>
      {q.error && <Alert>{errorText(q.error, 'Could not load the timeline.')}</Alert>}
      {q.isPending && <Loading />}
      {data && (
        <>
          {!data.has_outside_feedback && (
            <Alert tone="info">
              No outside feedback on this skill yet. <Link to="/feedback">Ask for feedback</Link>.
            </Alert>
          )}
          {others.length > 0 && (
            <p className="muted">
              Also without outside feedback:{' '}
              {others.map((s, i) => (
                <span key={s}>
                  {i > 0 && ', '}
                  <Link to={`/skills/${encodeURIComponent(s)}`}>{s}</Link>
                </span>
              ))}
            </p>
          )}
          <TimelineChart data={data} />
          <Table
            caption="Timeline data"
            rows={data.points}
            rowKey={(_, i) => i}
            columns={[
              { key: 'date', header: 'Date', label: 'Date', cell: (p) => formatDate(p.at) },
              { key: 'kind', header: 'Kind', label: 'Kind', cell: (p) => KIND_LABELS[p.kind] ?? p.kind.replace('_', ' ') },
              { key: 'level', header: 'Level', label: 'Level', cell: (p) => level(p.level), numeric: true },
            ]}
          />
          {data.series.reviews.length > 0 && (
            <Table
              caption="Rubric ratings per review"
              rows={data.series.reviews}
              rowKey={(r) => r.review}
              columns={[
                { key: 'date', header: 'Date', label: 'Date', cell: (r) => formatDate(r.at) },
                { key: 'mean', header: 'Mean', label: 'Mean', cell: (r) => (r.mean / 100).toFixed(1), numeric: true },
                ...data.series.reviews[0].criteria.map((c) => ({
                  key: c.id,
                  header: c.name,
                  label: c.name,
                  numeric: true,
                  cell: (r: SkillTimeline['series']['reviews'][number]) => r.criteria.find((x) => x.id === c.id)?.score ?? '—',
                })),
              ]}
            />
          )}
          {data.series.endorsements.length > 0 && (
            <p className="endorsement-count">
              Endorsements: {data.series.endorsements[data.series.endorsements.length - 1].count}, the first on{' '}
              {formatDate(data.series.endorsements[0].at)}.
            </p>
          )}
          {data.series.mentorship_goal && data.series.mentorship_goal.length > 0 && (
            <p className="mentorship-goals">
              Mentorship goals completed: {data.series.mentorship_goal.length} (
              <Link to="/mentoring">see your mentorships</Link>).
            </p>
          )}
        </>
      )}
    </div>
  );
}
