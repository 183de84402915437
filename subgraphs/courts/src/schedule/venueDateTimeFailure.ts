import { formatInstant, formatOffset } from './formatInstant.js';
import { unsupportedYearMessage } from './localDate.js';
import { formatWallTime, MINUTES_PER_DAY } from './wallTime.js';

/**
 * Why a booking time was refused. Clients may switch on the reason (it reaches them as
 * `extensions.reason`), so a reason is never renamed; add a new one instead.
 */
export type VenueDateTimeReason =
  | 'MALFORMED'
  | 'SECONDS_NOT_ZERO'
  | 'OUT_OF_RANGE'
  | 'NO_SUCH_DATE'
  | 'NONEXISTENT_LOCAL_TIME'
  | 'AMBIGUOUS_LOCAL_TIME'
  | 'OFFSET_MISMATCH';

export interface VenueDateTimeFailure {
  ok: false;
  reason: VenueDateTimeReason;
  /** Says what is wrong and what to send instead; written for the person calling the API. */
  message: string;
}

const SHAPES =
  "YYYY-MM-DDTHH:MM in the venue's local time (e.g. 2027-03-28T10:00), the same with the " +
  "venue's offset (2027-03-28T10:00:00+02:00), or a UTC time ending in Z (2027-03-28T08:00Z)";

function wallClockAt(instant: Date, offsetMinutes: number): string {
  const minutesOfDay = Math.floor((instant.getTime() / 60_000 + offsetMinutes) % MINUTES_PER_DAY);
  return formatWallTime((minutesOfDay + MINUTES_PER_DAY) % MINUTES_PER_DAY);
}

function failure(reason: VenueDateTimeReason, message: string): VenueDateTimeFailure {
  return { ok: false, reason, message };
}

export const venueDateTimeFailures = {
  malformed(text: string): VenueDateTimeFailure {
    return failure('MALFORMED', `"${text}" is not a date and time; send ${SHAPES}.`);
  },

  secondsNotZero(text: string): VenueDateTimeFailure {
    return failure(
      'SECONDS_NOT_ZERO',
      `"${text}" has seconds or fractions of a second; bookings start and end on whole ` +
        `minutes, so send :00 seconds or leave the seconds out.`,
    );
  },

  outOfRange(text: string): VenueDateTimeFailure {
    return failure(
      'OUT_OF_RANGE',
      `"${text}" has a field out of range (month 01-12, hour 00-23, minute 00-59, ` +
        `offset at most 18:00); send ${SHAPES}.`,
    );
  },

  unsupportedYear(text: string): VenueDateTimeFailure {
    return failure('OUT_OF_RANGE', unsupportedYearMessage(text));
  },

  noSuchDate(text: string): VenueDateTimeFailure {
    return failure(
      'NO_SUCH_DATE',
      `"${text}" names a day that is not in the calendar; send an existing date.`,
    );
  },

  nonexistentLocalTime(
    text: string,
    zone: string,
    firstInstantAfter: Date,
    offsetBeforeMinutes: number,
    offsetAfterMinutes: number,
  ): VenueDateTimeFailure {
    const jumpedTo = formatInstant(firstInstantAfter, zone);
    // What the clocks showed at the jump before turning: the same instant at the old offset.
    const shownBefore = wallClockAt(firstInstantAfter, offsetBeforeMinutes);
    return failure(
      'NONEXISTENT_LOCAL_TIME',
      `"${text}" does not exist in ${zone}: that night the clocks jump forward from ` +
        `${shownBefore} (${formatOffset(offsetBeforeMinutes)})` +
        ` to ${jumpedTo.slice(11, 16)} (${formatOffset(offsetAfterMinutes)}) for daylight ` +
        `saving time. Send a time outside that gap, such as ${jumpedTo}.`,
    );
  },

  ambiguousLocalTime(text: string, zone: string, earlier: Date, later: Date): VenueDateTimeFailure {
    return failure(
      'AMBIGUOUS_LOCAL_TIME',
      `"${text}" happens twice in ${zone}: that night the clocks go back and repeat the ` +
        `time. Add the offset to say which one you mean: ${formatInstant(earlier, zone)} ` +
        `(the first) or ${formatInstant(later, zone)} (the second).`,
    );
  },

  offsetMismatch(text: string, zone: string, instant: Date): VenueDateTimeFailure {
    return failure(
      'OFFSET_MISMATCH',
      `"${text}" is not a local time of ${zone}: at that instant the venue's clocks show ` +
        `${formatInstant(instant, zone)}. Send the venue's local time with the venue's own ` +
        `offset, without an offset, or as a UTC time ending in Z.`,
    );
  },
};
