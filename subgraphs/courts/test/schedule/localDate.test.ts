import { addLocalDays, isoWeekdayOf, parseLocalDate } from '../../src/schedule/localDate.js';

describe('parseLocalDate', () => {
  it.each(['2027-03-28', '2028-02-29', '2027-12-31', '2000-01-01', '2999-12-31'])(
    'accepts %s',
    (text) => {
      expect(parseLocalDate(text)).toEqual({ ok: true, date: text });
    },
  );

  it.each(['0001-01-01', '1999-12-31', '3000-01-01', '9999-12-31'])(
    'refuses %s, outside the years the service keeps',
    (text) => {
      expect(parseLocalDate(text)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
    },
  );

  it.each(['2027-02-29', '2027-02-30', '2027-04-31', '2027-13-01', '2027-00-10', '0000-01-01'])(
    'refuses %s, a day the calendar lacks',
    (text) => {
      expect(parseLocalDate(text)).toEqual({
        ok: false,
        reason: 'NO_SUCH_DATE',
        message: `${text} is not a day of the calendar; send an existing date as YYYY-MM-DD.`,
      });
    },
  );

  it.each(['', '2027-3-28', '27-03-28', '2027/03/28', '2027-03-28T00:00', ' 2027-03-28'])(
    'refuses %j, not shaped YYYY-MM-DD, and shows an example',
    (text) => {
      const result = parseLocalDate(text);
      expect(result).toMatchObject({ ok: false, reason: 'MALFORMED' });
      expect(!result.ok && result.message).toContain('YYYY-MM-DD, for example 2027-03-28');
    },
  );
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addLocalDays('2027-03-31', 1)).toBe('2027-04-01');
    expect(addLocalDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addLocalDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addLocalDays('2027-03-28', 0)).toBe('2027-03-28');
  });

  it('counts ISO weekdays from Monday = 1 to Sunday = 7', () => {
    expect(isoWeekdayOf('2027-03-22')).toBe(1);
    expect(isoWeekdayOf('2027-03-28')).toBe(7);
    expect(isoWeekdayOf('2027-10-31')).toBe(7);
  });
});
