import type { BookingProblem } from './bookingProblem';

/** A refused booking or cancellation: the headline, then the server's explanation. */
export function BookingProblemMessage({ problem }: { problem: BookingProblem | undefined }) {
  if (!problem) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-headline">{problem.headline}</p>
      <p>
        {problem.detail}
        {problem.requestId ? (
          <span className="request-id"> (Reference: {problem.requestId})</span>
        ) : null}
      </p>
    </div>
  );
}
