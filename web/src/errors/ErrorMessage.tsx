import type { Problem } from './Problem';

/** A problem announced to screen readers as it appears, with the id to quote if any. */
export function ErrorMessage({ problem }: { problem: Problem | undefined }) {
  if (!problem) return null;
  return (
    <p className="notice notice-error" role="alert">
      {problem.message}
      {problem.requestId ? (
        <span className="request-id"> (Reference: {problem.requestId})</span>
      ) : null}
    </p>
  );
}
