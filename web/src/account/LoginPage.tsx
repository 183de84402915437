import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';

import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { useSession } from '../session/SessionContext';
import { focusMainHeading } from '../layout/focusMainHeading';
import { formText } from '../layout/formText';

export function LoginPage() {
  const session = useSession();
  const location = useLocation();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const returnTo = (location.state as { from?: string } | null)?.from ?? '/';

  if (session.state.status === 'signed-in') return <Navigate to={returnTo} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const result = await session.signIn(formText(form, 'username'), formText(form, 'password'));
    setBusy(false);
    setProblem(result);
    // The page asked for renders once the session is signed in: focus its heading then.
    if (result === undefined) setTimeout(focusMainHeading, 0);
  };

  return (
    <section className="narrow" aria-labelledby="login-heading">
      <h1 id="login-heading">Sign in</h1>
      {session.state.status === 'anonymous' && session.state.notice ? (
        <p className="notice" role="status">
          {session.state.notice}
        </p>
      ) : null}
      <form className="panel form" onSubmit={(event) => void submit(event)}>
        <ErrorMessage problem={problem} />
        <div className="field">
          <label htmlFor="login-username">Username</label>
          <input id="login-username" name="username" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="login-password">Password</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        New here? <Link to="/register">Create an account</Link>
      </p>
    </section>
  );
}
