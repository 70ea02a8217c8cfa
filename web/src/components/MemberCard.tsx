import type { Ref } from 'react';
import type { ConnectionState, MemberView, OpenToKey } from '../api';
import { Link } from 'react-router';
import { Avatar, LEVEL_LABELS, OPEN_TO_LABELS, stageLabel } from './ui';

export const CONNECTION_LABELS: Record<ConnectionState, string> = {
  none: '',
  connected: 'Connected',
  pending_outgoing: 'Request sent',
  pending_incoming: 'Wants to connect',
  self: 'You',
};

export function ConnectionBadge({ state }: { state: ConnectionState | undefined }) {
  if (!state || state === 'none') return null;
  return <span className={`badge badge-${state}`}>{CONNECTION_LABELS[state]}</span>;
}

export function MemberCard({ m, linkRef }: { m: MemberView; linkRef?: Ref<HTMLAnchorElement> }) {
  const skills = m.skills ?? [];
  const openTo = m.open_to ? (Object.keys(OPEN_TO_LABELS) as OpenToKey[]).filter((k) => m.open_to![k]) : [];
  return (
    <article className="card member-card">
      <div className="member-card-head">
        <Avatar name={m.name} />
        <div className="member-card-title">
          <h2>
            <Link to={`/members/${m.id}`} ref={linkRef}>
              {m.name}
            </Link>
          </h2>
          {m.headline && <p className="headline">{m.headline}</p>}
          <p className="meta">
            {stageLabel(m.stage) && <span className="stage">{stageLabel(m.stage)}</span>}
            <ConnectionBadge state={m.relationship?.connection} />
          </p>
        </div>
      </div>
      {m.fields && m.fields.length > 0 && (
        <ul className="tags" aria-label={`Fields of ${m.name}`}>
          {m.fields.map((f) => (
            <li key={f} className="tag tag-field">
              {f}
            </li>
          ))}
        </ul>
      )}
      {skills.length > 0 && (
        <ul className="tags" aria-label={`Skills of ${m.name}`}>
          {skills.slice(0, 6).map((s) => (
            <li key={s.name} className="tag" title={`${LEVEL_LABELS[s.level] ?? ''} (${s.level} of 5)`}>
              {s.name} <span className="level">{s.level}/5</span>
            </li>
          ))}
          {skills.length > 6 && <li className="tag tag-more">+{skills.length - 6} more</li>}
        </ul>
      )}
      {openTo.length > 0 && (
        <p className="open-to">
          Open to: {openTo.map((k) => OPEN_TO_LABELS[k].toLowerCase()).join(', ')}
        </p>
      )}
    </article>
  );
}
