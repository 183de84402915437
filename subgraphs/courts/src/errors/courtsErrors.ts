import { GraphQLError } from 'graphql';

import type { LocalDateResult } from '../schedule/localDate.js';
import type { HoursProblem } from '../schedule/openingHours.js';
import type { VenueDateTimeFailure } from '../schedule/venueDateTimeFailure.js';
import { ErrorCode } from './errorCodes.js';

/**
 * Named factories for every error a client may see. Each message is written once, here, and
 * tells the caller what to do next.
 */
export const courtsErrors = {
  badUserInput(field: string, message: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
  },

  controlCharacter(field: string): GraphQLError {
    return courtsErrors.badUserInput(
      field,
      `Remove control characters (such as NUL, tabs or line breaks) from ${field}.`,
    );
  },

  formatCharacter(field: string): GraphQLError {
    return courtsErrors.badUserInput(
      field,
      `Remove invisible formatting characters (such as direction overrides, zero-width ` +
        `spaces or soft hyphens) from ${field}; of these only the zero-width joiner (U+200D), ` +
        `the zero-width non-joiner (U+200C) and tag characters (U+E0020 to U+E007F) are allowed.`,
    );
  },

  unpairedSurrogate(field: string): GraphQLError {
    return courtsErrors.badUserInput(
      field,
      `Send ${field} as well-formed Unicode text; it holds half of a surrogate pair.`,
    );
  },

  duplicateCourtName(): GraphQLError {
    return courtsErrors.badUserInput(
      'name',
      'This venue already has a court with this name (names ignore case); choose another name.',
    );
  },

  /** A booking time parseVenueDateTime refused; `reason` lets clients tell the cases apart. */
  invalidVenueDateTime(field: string, failure: VenueDateTimeFailure): GraphQLError {
    return new GraphQLError(failure.message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason: failure.reason },
    });
  },

  invalidLocalDate(field: string, failure: Extract<LocalDateResult, { ok: false }>): GraphQLError {
    return new GraphQLError(failure.message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason: failure.reason },
    });
  },

  invalidTimeZone(field: string, zone: string): GraphQLError {
    return courtsErrors.badUserInput(
      field,
      `"${zone}" is not an IANA time zone; send a name such as Europe/Madrid or ` +
        `America/New_York (offsets like +01:00 or UTC+1 ignore daylight saving time).`,
    );
  },

  /** Opening hours refused by validateWeeklyHours or validateExceptions (the first problem). */
  invalidOpeningHours(problem: HoursProblem): GraphQLError {
    return courtsErrors.badUserInput(problem.path, problem.message);
  },

  duplicateVenueName(): GraphQLError {
    return courtsErrors.badUserInput(
      'name',
      'A venue with this name already exists (names ignore case); choose another name.',
    );
  },

  venueNotFound(field = 'venueId'): GraphQLError {
    return new GraphQLError('No venue has this id; list venues to find a valid id.', {
      extensions: { code: ErrorCode.NOT_FOUND, field },
    });
  },

  bookingNotFound(): GraphQLError {
    return new GraphQLError('No booking of yours has this id; list your bookings to find it.', {
      extensions: { code: ErrorCode.NOT_FOUND },
    });
  },

  maintenanceBlockNotFound(): GraphQLError {
    return new GraphQLError(
      "No maintenance block has this id; list the venue's blocks to find it.",
      { extensions: { code: ErrorCode.NOT_FOUND } },
    );
  },

  /** A state that forbids the change, such as a booking already cancelled. */
  conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
    return new GraphQLError(message, { extensions: { ...details, code: ErrorCode.CONFLICT } });
  },

  courtNotFound(): GraphQLError {
    return new GraphQLError('No court has this id; list courts to find a valid id.', {
      extensions: { code: ErrorCode.NOT_FOUND },
    });
  },

  unauthenticated(): GraphQLError {
    return new GraphQLError('You must sign in to do this; send a valid bearer token.', {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  },

  forbidden(permission: string): GraphQLError {
    return new GraphQLError(
      `You lack the permission "${permission}"; ask an administrator to grant it.`,
      { extensions: { code: ErrorCode.FORBIDDEN, permission } },
    );
  },

  /**
   * The user's permissions are not in the cache yet (the users subgraph has not written them,
   * e.g. during its start-up sync or right after a cache restart). Retryable, never FORBIDDEN:
   * refusing as FORBIDDEN would tell a rightful user they lack a right they hold.
   */
  permissionsNotCached(): GraphQLError {
    return new GraphQLError(
      'Your permissions are still being loaded; retry shortly (in about a second).',
      { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: 1 } },
    );
  },

  permissionsUnavailable(): GraphQLError {
    return new GraphQLError('Permissions cannot be checked right now; retry in a moment.', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  },
};

/** Said instead of any unexpected error, whose details stay in the logs. */
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side; retry, and quote the request id ' +
  '(extensions.requestId, header x-request-id) if it persists.';
