import type { HoursException, WeeklyHours } from '../../src/schedule/openingHours.js';
import { validateExceptions } from '../../src/schedule/validateExceptions.js';
import { validateWeeklyHours } from '../../src/schedule/validateWeeklyHours.js';

const EVERY_DAY_8_TO_22: WeeklyHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '22:00',
}));

describe('validateWeeklyHours', () => {
  it('accepts several intervals a day, touching ones, after-midnight and 24:00 closings', () => {
    expect(
      validateWeeklyHours([
        { weekday: 1, opens: '08:00', closes: '14:00' },
        { weekday: 1, opens: '14:00', closes: '24:00' },
        { weekday: 2, opens: '00:00', closes: '00:00' },
        { weekday: 5, opens: '18:00', closes: '02:00' },
        { weekday: 6, opens: '02:00', closes: '12:00' },
        { weekday: 7, opens: '20:00', closes: '08:00' },
      ]),
    ).toEqual([]);
  });

  it('names the field of a bad weekday, opening or closing time', () => {
    expect(
      validateWeeklyHours([
        { weekday: 0, opens: '08:00', closes: '22:00' },
        { weekday: 2, opens: '24:00', closes: '8:00' },
        { weekday: 3, opens: '08:00', closes: '24:30' },
      ]),
    ).toEqual([
      {
        path: 'weeklyHours[0].weekday',
        message: 'Weekday 0 does not exist; send 1 (Monday) to 7 (Sunday).',
      },
      {
        path: 'weeklyHours[1].opens',
        message: 'Opening time "24:00" is not a time of day; send HH:MM from 00:00 to 23:59.',
      },
      {
        path: 'weeklyHours[1].closes',
        message:
          'Closing time "8:00" is not a time of day; send HH:MM from 00:00 to 24:00 (a time ' +
          'at or before the opening time means the next day).',
      },
      expect.objectContaining({ path: 'weeklyHours[2].closes' }),
    ]);
  });

  it('refuses overlapping intervals on one day, naming both rows', () => {
    expect(
      validateWeeklyHours(
        [
          { weekday: 3, opens: '08:00', closes: '14:00' },
          { weekday: 3, opens: '13:00', closes: '20:00' },
        ],
        'hours',
      ),
    ).toEqual([
      {
        path: 'hours[1]',
        message:
          'Wednesday 13:00-20:00 overlaps hours[0] (Wednesday 08:00-14:00); change one of ' +
          'them or merge them into one interval.',
      },
    ]);
  });

  it("refuses a night that runs into the next day's opening, Sunday into Monday too", () => {
    expect(
      validateWeeklyHours([
        { weekday: 5, opens: '18:00', closes: '03:00' },
        { weekday: 6, opens: '02:00', closes: '12:00' },
      ]),
    ).toEqual([expect.objectContaining({ path: 'weeklyHours[1]' })]);
    expect(
      validateWeeklyHours([
        { weekday: 1, opens: '07:00', closes: '12:00' },
        { weekday: 7, opens: '22:00', closes: '08:00' },
      ]),
    ).toEqual([expect.objectContaining({ path: 'weeklyHours[1]' })]);
  });
});

describe('validateExceptions', () => {
  const christmas: HoursException = {
    date: '2027-12-25',
    closed: true,
    intervals: [],
    reason: 'Christmas',
  };

  it('accepts a closed holiday and special hours', () => {
    const special = {
      date: '2027-12-24',
      closed: false,
      intervals: [{ opens: '08:00', closes: '14:00' }],
    };
    expect(validateExceptions([christmas, special], EVERY_DAY_8_TO_22)).toEqual([]);
  });

  it('refuses a second exception for the same date', () => {
    expect(validateExceptions([christmas, christmas], EVERY_DAY_8_TO_22)).toEqual([
      {
        path: 'exceptions[1].date',
        message:
          '2027-12-25 already has an exception (exceptions[0]); give each date one ' +
          "exception holding all of that day's intervals.",
      },
    ]);
  });

  it('refuses a date the calendar lacks', () => {
    expect(validateExceptions([{ ...christmas, date: '2027-02-30' }], EVERY_DAY_8_TO_22)).toEqual([
      expect.objectContaining({ path: 'exceptions[0].date' }),
    ]);
  });

  it('refuses a closed day with intervals and an open day without', () => {
    expect(
      validateExceptions(
        [
          { date: '2027-12-25', closed: true, intervals: [{ opens: '10:00', closes: '12:00' }] },
          { date: '2027-12-26', closed: false, intervals: [] },
        ],
        EVERY_DAY_8_TO_22,
      ),
    ).toEqual([
      {
        path: 'exceptions[0].intervals',
        message:
          'A day closed all day has no opening intervals; remove them or set closed to false.',
      },
      {
        path: 'exceptions[1].intervals',
        message:
          'Give the special opening hours of 2027-12-26 in intervals, or set closed to true.',
      },
    ]);
  });

  it('refuses bad times and overlapping special intervals', () => {
    expect(
      validateExceptions(
        [{ date: '2027-12-24', closed: false, intervals: [{ opens: '8', closes: '14:00' }] }],
        EVERY_DAY_8_TO_22,
      ),
    ).toEqual([expect.objectContaining({ path: 'exceptions[0].intervals[0].opens' })]);
    expect(
      validateExceptions(
        [
          {
            date: '2027-12-24',
            closed: false,
            intervals: [
              { opens: '08:00', closes: '12:00' },
              { opens: '11:00', closes: '13:00' },
            ],
          },
        ],
        EVERY_DAY_8_TO_22,
      ),
    ).toEqual([expect.objectContaining({ path: 'exceptions[0].intervals[1]' })]);
  });

  it('refuses special hours that run into the next day, or into the night before', () => {
    const lateNight = {
      date: '2027-12-31',
      closed: false,
      intervals: [{ opens: '20:00', closes: '09:00' }],
    };
    expect(validateExceptions([lateNight], EVERY_DAY_8_TO_22)).toEqual([
      {
        path: 'exceptions[0].intervals',
        message:
          'The hours of 2027-12-31 run past midnight into the hours of 2028-01-01; close ' +
          'earlier, or open 2028-01-01 later with an exception.',
      },
    ]);
    const lateOpening = {
      date: '2028-01-01',
      closed: false,
      intervals: [{ opens: '10:00', closes: '18:00' }],
    };
    expect(validateExceptions([lateNight, lateOpening], EVERY_DAY_8_TO_22)).toEqual([]);

    const friday = [{ weekday: 5, opens: '18:00', closes: '03:00' }];
    const earlySaturday = {
      date: '2027-12-04',
      closed: false,
      intervals: [{ opens: '02:00', closes: '05:00' }],
    };
    expect(validateExceptions([earlySaturday], friday)).toEqual([
      expect.objectContaining({
        path: 'exceptions[0].intervals',
        message: expect.stringContaining('overlap the hours of 2027-12-03 that run past midnight'),
      }),
    ]);
  });
});
