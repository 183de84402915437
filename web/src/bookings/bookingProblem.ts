import type { Problem } from '../errors/Problem';

/**
 * What went wrong with a booking or a cancellation, as a headline a member understands at a
 * glance; the server's own message (which names the court, the limit and what to do) follows
 * it. Rules are the names of `extensions.rule`, which the courts subgraph never renames.
 */
const RULE_HEADLINES: Readonly<Record<string, string>> = {
  DURATION: 'That length of booking is not offered on this court.',
  SLOT_GRID: 'Bookings on this court start at set times.',
  OPENING_HOURS: 'The venue is closed for part of that time.',
  MIN_NOTICE: 'That slot starts too soon to book online.',
  BOOKING_HORIZON: 'That date is not open for booking yet.',
  ACTIVE_BOOKING_LIMIT: 'You hold as many bookings as this venue allows.',
  CANCELLATION_CUTOFF: 'It is too late to cancel this booking online.',
  COURT_STATUS: 'This court is not taking bookings right now.',
};

const CONFLICT_HEADLINE = 'Someone else just took this time.';

export interface BookingProblem {
  headline: string;
  /** The server's explanation, or ours when it has none worth showing. */
  detail: string;
  /** True when the shown free slots are stale and must be fetched again. */
  refreshAvailability: boolean;
  /** True when sending the same request again may work (the service was busy or away). */
  retryable: boolean;
  requestId?: string;
}

/** Codes after which the very same request may succeed; any other answer would repeat. */
const RETRYABLE_CODES = new Set([
  'SERVICE_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
  'NETWORK',
  'INTERNAL_SERVER_ERROR',
]);

/** Booking a slot, or cancelling a booking: CONFLICT means different things to each. */
export type BookingAction = 'book' | 'cancel';

export function describeBookingProblem(problem: Problem, action: BookingAction): BookingProblem {
  const base = {
    ...(problem.requestId === undefined ? {} : { requestId: problem.requestId }),
    retryable: RETRYABLE_CODES.has(problem.code),
  };
  if (problem.code === 'CONFLICT' && action === 'cancel') {
    // Already cancelled, or already over: the server says which.
    return {
      ...base,
      headline: 'This booking cannot be cancelled.',
      detail: problem.message,
      refreshAvailability: false,
    };
  }
  if (problem.code === 'CONFLICT') {
    return {
      ...base,
      headline: CONFLICT_HEADLINE,
      detail: `${problem.message} The free times above have been refreshed.`,
      refreshAvailability: true,
    };
  }
  const headline = problem.rule === undefined ? undefined : RULE_HEADLINES[problem.rule];
  if (headline !== undefined) {
    return { ...base, headline, detail: problem.message, refreshAvailability: false };
  }
  return {
    ...base,
    headline: action === 'book' ? 'The booking could not be made.' : 'Nothing was cancelled.',
    detail: problem.message,
    refreshAvailability: false,
  };
}
