import { useQuery } from '@tanstack/react-query';
import { Api, ApiError, type ConnectionPath } from '../api';
import { Link } from 'react-router';

/** "How you're connected" on a member's page: up to 3 shortest paths, strongest ties first. */
export function HowConnected({ memberId, firstName }: { memberId: number; firstName: string }) {
  const q = useQuery({
    queryKey: ['member', memberId, 'paths'],
    queryFn: ({ signal }) => Api.memberPaths(memberId, signal),
  });
  const paths: ConnectionPath[] | null = q.data?.items ?? null;
  const error = q.error ? (q.error instanceof ApiError ? q.error.userMessage : 'Could not load how you are connected.') : null;

  return (
    <section className="card how-connected" aria-labelledby="sec-paths">
      <h2 id="sec-paths">How you're connected</h2>
      {error && <p className="muted">{error}</p>}
      {paths === null && !error && <p className="muted">Looking for paths…</p>}
      {paths !== null && paths.length === 0 && (
        <p className="muted">No connection path of up to 3 steps between you and {firstName} that you can see.</p>
      )}
      {paths !== null && paths.length > 0 && (
        <ol className="paths">
          {paths.map((p, i) => (
            <li key={i} className="path">
              {p.hops === 1 ? (
                <span>You are connected directly.</span>
              ) : (
                <ol className="path-hops" aria-label={`Path ${i + 1}, ${p.hops} steps`}>
                  {p.members.map((m, j) => (
                    <li key={m.id}>
                      {j === 0 ? (
                        <span>You</span>
                      ) : j === p.members.length - 1 ? (
                        <span>{m.name}</span>
                      ) : (
                        <Link to={`/members/${m.id}`}>{m.name}</Link>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
