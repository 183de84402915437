import { type FormEvent, useState } from 'react';
import { Link, Navigate } from 'react-router';

import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { FieldError } from '../layout/FieldError';
import { useSession } from '../session/SessionContext';
import { formText } from '../layout/formText';

const FIELDS = [
  { name: 'username', label: 'Username', autoComplete: 'username', type: 'text' },
  { name: 'displayName', label: 'Your name', autoComplete: 'name', type: 'text' },
  { name: 'email', label: 'Email', autoComplete: 'email', type: 'email' },
  { name: 'password', label: 'Password', autoComplete: 'new-password', type: 'password' },
] as const;

export function RegisterPage() {
  const session = useSession();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  if (session.state.status === 'signed-in') return <Navigate to="/" replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => formText(form, name);
    setBusy(true);
    const result = await session.register({
      username: value('username').trim(),
      displayName: value('displayName').trim(),
      email: value('email').trim(),
      password: value('password'),
    });
    setBusy(false);
    setProblem(result);
  };

  return (
    <section className="narrow" aria-labelledby="register-heading">
      <h1 id="register-heading">Create an account</h1>
      <form className="panel form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorMessage problem={problem && !problem.field ? problem : undefined} />
        {FIELDS.map((field) => {
          const own = problem?.field === field.name ? problem : undefined;
          return (
            <div className="field" key={field.name}>
              <label htmlFor={`register-${field.name}`}>{field.label}</label>
              <input
                id={`register-${field.name}`}
                name={field.name}
                type={field.type}
                autoComplete={field.autoComplete}
                required
                aria-invalid={own ? true : undefined}
                aria-describedby={`register-${field.name}-error`}
              />
              <FieldError id={`register-${field.name}-error`} problem={own} />
            </div>
          );
        })}
        <p className="hint">Use a password of at least 8 characters that is not a common one.</p>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create account'}
        </button>
      </form>
      <p>
        Have an account? <Link to="/login">Sign in</Link>
      </p>
    </section>
  );
}
