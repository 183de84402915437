import { GraphQLError } from 'graphql';

import { ErrorCode } from './errorCodes.js';

/**
 * The booking rules staff may override (`overrideRules`), as recorded on a booking and sent to
 * clients in `extensions.rule`. Never renamed: clients switch on them.
 */
export type BookingRule =
  | 'COURT_STATUS'
  | 'DURATION'
  | 'OPENING_HOURS'
  | 'SLOT_GRID'
  | 'MIN_NOTICE'
  | 'BOOKING_HORIZON'
  | 'ACTIVE_BOOKING_LIMIT';

/** Errors of bookings and blocks; each message says what to do next. */
export const bookingErrors = {
  /** A court rule refused the booking: BAD_USER_INPUT with the rule named. */
  ruleBroken(rule: BookingRule | 'CANCELLATION_CUTOFF', message: string): GraphQLError {
    return new GraphQLError(message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, rule },
    });
  },

  badTime(field: string, reason: string, message: string): GraphQLError {
    return new GraphQLError(message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason },
    });
  },

  overlap(courtName: string, start: string, end: string, courtId: string): GraphQLError {
    return new GraphQLError(
      `${courtName} is already booked for part of ${start} to ${end}; ` +
        'choose another slot (see availability).',
      { extensions: { code: ErrorCode.CONFLICT, courtId, start, end } },
    );
  },

  blocked(courtName: string, reason: string, start: string, end: string): GraphQLError {
    return new GraphQLError(
      `${courtName} is closed for maintenance (${reason}) from ${start} to ${end}; ` +
        'choose another time or court.',
      { extensions: { code: ErrorCode.CONFLICT, start, end } },
    );
  },

  courtArchived(): GraphQLError {
    return new GraphQLError('This court is archived and takes no bookings; choose another.', {
      extensions: { code: ErrorCode.CONFLICT },
    });
  },

  tooLong(): GraphQLError {
    return new GraphQLError('A booking lasts at most 24 hours, even when rules are overridden.', {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'input.end' },
    });
  },

  tooFarAhead(): GraphQLError {
    return new GraphQLError(
      'A booking starts at most 730 days ahead, even when rules are overridden.',
      { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'input.start' } },
    );
  },

  unknownUser(): GraphQLError {
    return new GraphQLError(
      'No active user has this id; check input.userId (a user created a moment ago may ' +
        'take a second to appear, then retry).',
      { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'input.userId' } },
    );
  },

  startPassed(): GraphQLError {
    return new GraphQLError('This start time has passed; choose a time in the future.', {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'input.start' },
    });
  },

  alreadyCancelled(): GraphQLError {
    return new GraphQLError('This booking is already cancelled; nothing changed.', {
      extensions: { code: ErrorCode.CONFLICT },
    });
  },

  alreadyEnded(): GraphQLError {
    return new GraphQLError('This booking has already ended and can no longer be cancelled.', {
      extensions: { code: ErrorCode.CONFLICT },
    });
  },

  idempotencyKeyReused(): GraphQLError {
    return new GraphQLError(
      'This idempotencyKey was already used for a different booking; send a new key for a ' +
        'new booking, or repeat the first request exactly to get its booking back.',
      { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'input.idempotencyKey' } },
    );
  },
};
