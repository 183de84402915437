import { courtsErrors } from '../errors/courtsErrors.js';
import { isUuid } from '../ids/isUuid.js';
import { normalizeText } from '../text/normalizeText.js';
import type { BookingCaller, CreateBookingInput } from './bookingInput.js';

const KEY_MAX = 100;
export const REASON_MAX = 500;

export interface CheckedBookingInput {
  courtId: string;
  /** Whom the booking is for: the caller unless staff name someone. */
  userId: string;
  idempotencyKey: string | null;
  /** True when the caller books for themselves. */
  forCaller: boolean;
  /** Set when staff override the rules; the reason is then required. */
  overrideReason: string | null;
}

/** An optional free-text reason: NFC, no controls, at most REASON_MAX characters. */
export function checkReason(field: string, raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const reason = normalizeText(field, raw, { label: true }).trim();
  if ([...reason].length > REASON_MAX) {
    throw courtsErrors.badUserInput(field, `Keep ${field} to ${REASON_MAX} characters.`);
  }
  return reason === '' ? null : reason;
}

function checkKey(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  // Printable: no controls, no invisible format characters, not blank.
  if (raw.length > KEY_MAX || /[\p{Cc}\p{Cf}]/u.test(raw) || raw.trim() === '') {
    throw courtsErrors.badUserInput(
      'input.idempotencyKey',
      `Send an idempotencyKey of 1 to ${KEY_MAX} printable characters, such as a UUID.`,
    );
  }
  return raw;
}

/**
 * Checks what can be checked without the database. Booking for someone else and overriding
 * rules need bookings:manage, which the caller's `canManage` says.
 */
export function validateBookingInput(
  input: CreateBookingInput,
  caller: BookingCaller,
): CheckedBookingInput {
  if (!isUuid(input.courtId)) throw courtsErrors.courtNotFound();
  if (input.userId != null && !isUuid(input.userId)) {
    throw courtsErrors.badUserInput('input.userId', 'Give userId as the id of a user (a UUID).');
  }
  const userId = input.userId?.toLowerCase() ?? caller.userId;
  const forOther = userId !== caller.userId;
  if ((forOther || input.overrideRules === true) && !caller.canManage) {
    throw courtsErrors.forbidden('bookings:manage');
  }

  const overrideReason =
    input.overrideRules === true ? checkReason('input.overrideReason', input.overrideReason) : null;
  if (input.overrideRules === true && overrideReason === null) {
    throw courtsErrors.badUserInput(
      'input.overrideReason',
      'Say why you override the booking rules (overrideReason); it is recorded on the booking.',
    );
  }
  return {
    courtId: input.courtId.toLowerCase(),
    userId,
    idempotencyKey: checkKey(input.idempotencyKey),
    forCaller: !forOther,
    overrideReason,
  };
}
