import { useRef, useState, type FormEvent } from 'react';
import { Api, ApiError, type FieldError } from '../api';
import { useAuth } from '../auth';
import { Alert, TextField, useTitle } from '../components/ui';
import { Link, useSearchParams } from 'react-router';
import { safeNext } from '../lib/nav';
import { Button } from '../components/Button';

type Errors = Record<string, string>;

/** Field-level messages from error.details; several messages for one field are joined. */
export function fieldErrors(details: FieldError[], known: string[]): { byField: Errors; other: string[] } {
  const byField: Errors = {};
  const other: string[] = [];
  for (const d of details) {
    const root = d.field.split(/[.[]/)[0];
    if (known.includes(root)) byField[root] = byField[root] ? `${byField[root]} ${d.message}` : capitalize(d.message);
    else other.push(d.field ? `${d.field}: ${d.message}` : d.message);
  }
  return { byField, other };
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function useAuthForm(fields: string[]) {
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = useRef<Record<string, HTMLInputElement | null>>({});

  const fail = (e: unknown) => {
    if (e instanceof ApiError) {
      const { byField, other } = fieldErrors(e.details, fields);
      setErrors(byField);
      const hasFieldErrors = Object.keys(byField).length > 0;
      const parts = [];
      if (!hasFieldErrors || e.status !== 422) parts.push(e.userMessage);
      else parts.push('Please correct the highlighted fields.');
      parts.push(...other);
      setMessage(parts.join(' '));
      const first = fields.find((f) => byField[f]);
      if (first) refs.current[first]?.focus();
    } else {
      setErrors({});
      setMessage('Something went wrong. Please try again.');
    }
  };
  return { errors, setErrors, message, setMessage, busy, setBusy, refs, fail };
}

export function LoginPage() {
  useTitle('Log in');
  const { setMe } = useAuth();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const f = useAuthForm(['email', 'password']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    f.setBusy(true);
    f.setMessage(null);
    f.setErrors({});
    try {
      const me = await Api.login({ email: email.trim(), password });
      setMe(me); // the route then moves on to `next`
    } catch (err) {
      f.fail(err);
      f.setBusy(false);
    }
  };

  return (
    <div className="narrow auth-page">
      <h1>Log in to pln</h1>
      <p className="lead">Welcome back. Your network is waiting.</p>
      <form onSubmit={submit} noValidate className="card form-card" aria-describedby={f.message ? 'login-error' : undefined}>
        {f.message && (
          <div id="login-error">
            <Alert>{f.message}</Alert>
          </div>
        )}
        <TextField
          id="login-email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          error={f.errors.email}
          inputRef={(el) => {
            f.refs.current.email = el;
          }}
        />
        <TextField
          id="login-password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={f.errors.password}
          inputRef={(el) => {
            f.refs.current.password = el;
          }}
        />
        <Button variant="primary" block type="submit" disabled={f.busy}>
          {f.busy ? 'Logging in…' : 'Log in'}
        </Button>
      </form>
      <p className="switch">
        New here? <Link to={next !== '/' ? `/signup?next=${encodeURIComponent(next)}` : '/signup'}>Create an account</Link>
      </p>
    </div>
  );
}

export function SignupPage() {
  useTitle('Sign up');
  const { setMe } = useAuth();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const f = useAuthForm(['name', 'email', 'password']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    f.setBusy(true);
    f.setMessage(null);
    f.setErrors({});
    try {
      const me = await Api.signup({ name: name.trim(), email: email.trim(), password });
      setMe(me); // the route then moves on: to `next`, or to the profile (a newcomer's first step)
    } catch (err) {
      f.fail(err);
      f.setBusy(false);
    }
  };

  return (
    <div className="narrow auth-page">
      <h1>Join pln</h1>
      <p className="lead">Build the network you keep learning from: peers, mentors and honest feedback.</p>
      <form onSubmit={submit} noValidate className="card form-card">
        {f.message && <Alert>{f.message}</Alert>}
        <TextField
          id="signup-name"
          label="Name"
          autoComplete="name"
          required
          maxLength={100}
          value={name}
          onChange={setName}
          error={f.errors.name}
          inputRef={(el) => {
            f.refs.current.name = el;
          }}
        />
        <TextField
          id="signup-email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          error={f.errors.email}
          inputRef={(el) => {
            f.refs.current.email = el;
          }}
        />
        <TextField
          id="signup-password"
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          hint="Use a long passphrase you don't use elsewhere."
          value={password}
          onChange={setPassword}
          error={f.errors.password}
          inputRef={(el) => {
            f.refs.current.password = el;
          }}
        />
        <Button variant="primary" block type="submit" disabled={f.busy}>
          {f.busy ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
      <p className="switch">
        Already a member? <Link to={next ? `/login?next=${encodeURIComponent(next)}` : '/login'}>Log in</Link>
      </p>
    </div>
  );
}
