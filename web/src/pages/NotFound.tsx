import { useAuth } from '../auth';
import { useTitle } from '../components/ui';
import { Link } from 'react-router';

export function NotFoundPage() {
  useTitle('Page not found');
  const { me } = useAuth();
  return (
    <div className="narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to={me ? '/' : '/login'}>{me ? 'Go to your home page' : 'Log in'}</Link>
      </p>
    </div>
  );
}
