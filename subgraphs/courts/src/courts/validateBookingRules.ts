import { courtsErrors } from '../errors/courtsErrors.js';
import type { CourtBookingRules } from './courtEntity.js';
import type { BookingRulesInput } from './courtInput.js';

/** What a new court gets for every rule its input leaves out. */
export const DEFAULT_BOOKING_RULES: CourtBookingRules = {
  slotIntervalMinutes: 30,
  minDurationMinutes: 60,
  maxDurationMinutes: 120,
  minNoticeMinutes: 0,
  maxAdvanceDays: 14,
  cancellationCutoffMinutes: 1440,
  maxActiveBookingsPerUser: null,
};

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_YEAR = 525_600;

function field(name: keyof CourtBookingRules): string {
  return `bookingRules.${name}`;
}

function checkRange(name: keyof CourtBookingRules, value: number, min: number, max: number) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw courtsErrors.badUserInput(field(name), `Give ${field(name)} from ${min} to ${max}.`);
  }
}

function required(name: keyof CourtBookingRules, value: number | null | undefined, kept: number) {
  if (value === null) {
    throw courtsErrors.badUserInput(field(name), `${field(name)} cannot be null.`);
  }
  return value ?? kept;
}

/**
 * Applies `input` to `current` and checks the result as a whole, since the rules depend on
 * each other: durations sit on the slot grid and the shortest is not longer than the longest.
 * Throws BAD_USER_INPUT naming the rule to fix.
 */
export function applyBookingRules(
  current: CourtBookingRules,
  input: BookingRulesInput | null | undefined,
): CourtBookingRules {
  if (input === null) throw courtsErrors.badUserInput('bookingRules', 'Leave bookingRules out.');
  const rules: CourtBookingRules = {
    slotIntervalMinutes: required(
      'slotIntervalMinutes',
      input?.slotIntervalMinutes,
      current.slotIntervalMinutes,
    ),
    minDurationMinutes: required(
      'minDurationMinutes',
      input?.minDurationMinutes,
      current.minDurationMinutes,
    ),
    maxDurationMinutes: required(
      'maxDurationMinutes',
      input?.maxDurationMinutes,
      current.maxDurationMinutes,
    ),
    minNoticeMinutes: required(
      'minNoticeMinutes',
      input?.minNoticeMinutes,
      current.minNoticeMinutes,
    ),
    maxAdvanceDays: required('maxAdvanceDays', input?.maxAdvanceDays, current.maxAdvanceDays),
    cancellationCutoffMinutes:
      input?.cancellationCutoffMinutes === undefined
        ? current.cancellationCutoffMinutes
        : input.cancellationCutoffMinutes,
    maxActiveBookingsPerUser:
      input?.maxActiveBookingsPerUser === undefined
        ? current.maxActiveBookingsPerUser
        : input.maxActiveBookingsPerUser,
  };

  checkRange('slotIntervalMinutes', rules.slotIntervalMinutes, 5, MINUTES_PER_DAY);
  checkRange('minDurationMinutes', rules.minDurationMinutes, 1, MINUTES_PER_DAY);
  checkRange('maxDurationMinutes', rules.maxDurationMinutes, 1, MINUTES_PER_DAY);
  checkRange('minNoticeMinutes', rules.minNoticeMinutes, 0, MINUTES_PER_YEAR);
  checkRange('maxAdvanceDays', rules.maxAdvanceDays, 0, 730);
  if (rules.cancellationCutoffMinutes !== null) {
    checkRange('cancellationCutoffMinutes', rules.cancellationCutoffMinutes, 0, MINUTES_PER_YEAR);
  }
  if (rules.maxActiveBookingsPerUser !== null) {
    checkRange('maxActiveBookingsPerUser', rules.maxActiveBookingsPerUser, 1, 1000);
  }

  for (const name of ['minDurationMinutes', 'maxDurationMinutes'] as const) {
    if (rules[name] % rules.slotIntervalMinutes !== 0) {
      throw courtsErrors.badUserInput(
        field(name),
        `Make ${field(name)} a multiple of the slot interval ` +
          `(${rules.slotIntervalMinutes} minutes).`,
      );
    }
  }
  if (rules.minDurationMinutes > rules.maxDurationMinutes) {
    throw courtsErrors.badUserInput(
      field('minDurationMinutes'),
      'Make the shortest booking no longer than the longest (minDurationMinutes <= ' +
        'maxDurationMinutes).',
    );
  }
  return rules;
}
