import { type FormEvent, useState } from 'react';

import { logIn, type Session } from './session.js';

interface LoginBoxProps {
  session: Session | undefined;
  onChange: (session: Session | undefined) => void;
}

/** Logs in through the API's `login`; shows who is signed in and which permissions they hold. */
export function LoginBox({ session, onChange }: LoginBoxProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    logIn(username, password)
      .then((signedIn) => {
        setPassword('');
        onChange(signedIn);
      })
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)))
      .finally(() => setBusy(false));
  };

  if (session) {
    return (
      <div className="login-box" data-testid="session">
        <span>
          Signed in as <strong>{session.username}</strong> ({session.roles.join(', ') || 'no role'})
        </span>
        <span data-testid="permissions">
          Permissions: {session.permissions.length ? session.permissions.join(', ') : 'none'}
        </span>
        <button type="button" onClick={() => onChange(undefined)}>
          Log out
        </button>
      </div>
    );
  }
  return (
    <form className="login-box" onSubmit={submit} aria-label="Log in">
      <span>Anonymous: log in to send a bearer token with every request.</span>
      <input
        aria-label="Username"
        placeholder="username"
        autoComplete="username"
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <input
        aria-label="Password"
        placeholder="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button type="submit" disabled={busy || !username || !password}>
        Log in
      </button>
      {problem ? (
        <span role="alert" className="login-problem">
          {problem}
        </span>
      ) : null}
    </form>
  );
}
