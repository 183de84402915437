import { courtsErrors } from '../../src/errors/courtsErrors.js';
import { parseLocalDate } from '../../src/schedule/localDate.js';
import { parseVenueDateTime } from '../../src/schedule/parseVenueDateTime.js';

describe('schedule errors for clients', () => {
  it('turns a refused booking time into BAD_USER_INPUT naming the field and the reason', () => {
    const failure = parseVenueDateTime('2027-03-28T02:30', 'Europe/Madrid');
    if (failure.ok) throw new Error('expected a failure');
    const error = courtsErrors.invalidVenueDateTime('start', failure);
    expect(error.message).toBe(failure.message);
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'start',
      reason: 'NONEXISTENT_LOCAL_TIME',
    });
  });

  it('turns a refused date into BAD_USER_INPUT', () => {
    const failure = parseLocalDate('2027-02-30');
    if (failure.ok) throw new Error('expected a failure');
    expect(courtsErrors.invalidLocalDate('date', failure).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'date',
      reason: 'NO_SUCH_DATE',
    });
  });

  it('explains why an offset is no time zone', () => {
    const error = courtsErrors.invalidTimeZone('timeZone', 'UTC+1');
    expect(error.message).toContain('"UTC+1" is not an IANA time zone');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'timeZone' });
  });

  it('names the row of opening hours that is wrong', () => {
    const error = courtsErrors.invalidOpeningHours({
      path: 'weeklyHours[2].closes',
      message: 'Closing time "25:00" is not a time of day.',
    });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'weeklyHours[2].closes' });
  });
});
