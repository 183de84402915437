import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { describeBookingProblem } from '../src/bookings/bookingProblem';
import { describeError } from '../src/errors/describeError';

function refusal(message: string, extensions: Record<string, unknown>) {
  return describeError(
    new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] }),
  );
}

describe('booking rule messages', () => {
  it('names each rule plainly and keeps the server’s explanation', () => {
    const rules: Record<string, RegExp> = {
      DURATION: /length of booking/,
      SLOT_GRID: /start at set times/,
      OPENING_HOURS: /closed/,
      MIN_NOTICE: /too soon/,
      BOOKING_HORIZON: /not open for booking yet/,
      ACTIVE_BOOKING_LIMIT: /as many bookings/,
      CANCELLATION_CUTOFF: /too late to cancel/,
      COURT_STATUS: /not taking bookings/,
    };
    for (const [rule, headline] of Object.entries(rules)) {
      const message = `The server explains ${rule}.`;
      const problem = describeBookingProblem(
        refusal(message, { code: 'BAD_USER_INPUT', rule }),
        rule === 'CANCELLATION_CUTOFF' ? 'cancel' : 'book',
      );
      expect(problem.headline).toMatch(headline);
      expect(problem.detail).toBe(message);
      expect(problem.refreshAvailability).toBe(false);
    }
  });

  it('asks for fresh availability when the slot was taken (CONFLICT)', () => {
    const problem = describeBookingProblem(
      refusal('Centre Court is already booked for part of 10:00 to 11:00; choose another slot.', {
        code: 'CONFLICT',
        requestId: 'req-7',
      }),
      'book',
    );
    expect(problem).toMatchObject({
      headline: 'Someone else just took this time.',
      refreshAvailability: true,
      // The same request would be refused again: no "Try again" for it.
      retryable: false,
      requestId: 'req-7',
    });
    expect(problem.detail).toMatch(/^Centre Court is already booked/);
    expect(problem.detail).toMatch(/refreshed/);
  });

  it('offers the same request again only when the service was busy or away', () => {
    const busy = describeBookingProblem(
      refusal('courtgraph is busy or restarting. Try again in a few seconds.', {
        code: 'SERVICE_UNAVAILABLE',
      }),
      'book',
    );
    expect(busy.retryable).toBe(true);
    const rule = describeBookingProblem(
      refusal('Book at least 60 minutes ahead.', { code: 'BAD_USER_INPUT', rule: 'MIN_NOTICE' }),
      'book',
    );
    expect(rule.retryable).toBe(false);
  });

  it('explains a CONFLICT on cancelling without talking about slots', () => {
    const problem = describeBookingProblem(
      refusal('This booking is already cancelled; nothing changed.', { code: 'CONFLICT' }),
      'cancel',
    );
    expect(problem.headline).toBe('This booking cannot be cancelled.');
    expect(problem.refreshAvailability).toBe(false);
  });

  it('falls back to the general message for codes that are not rules', () => {
    const problem = describeBookingProblem(
      refusal('You lack "bookings:create".', { code: 'FORBIDDEN', permission: 'bookings:create' }),
      'book',
    );
    expect(problem.headline).toBe('The booking could not be made.');
    expect(problem.detail).toMatch(/bookings:create/);
  });
});
