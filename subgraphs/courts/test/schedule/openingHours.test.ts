import { formatInstant } from '../../src/schedule/formatInstant.js';
import type { Interval } from '../../src/schedule/interval.js';
import { openIntervalsForLocalDate } from '../../src/schedule/openIntervalsForLocalDate.js';
import type { HoursException, WeeklyHours } from '../../src/schedule/openingHours.js';
import {
  isWithinOpeningHours,
  openIntervalContaining,
  startsOnSlotGrid,
} from '../../src/schedule/openingHoursAt.js';

const MADRID = 'Europe/Madrid';
const NEW_YORK = 'America/New_York';

const everyDay = (opens: string, closes: string): WeeklyHours =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

function shown(intervals: Interval[], zone: string): string[] {
  return intervals.map(
    ({ start, end }) => `${formatInstant(start, zone)} ${formatInstant(end, zone)}`,
  );
}

describe('openIntervalsForLocalDate', () => {
  it('gives the instants of an ordinary day in the venue zone', () => {
    expect(
      shown(
        openIntervalsForLocalDate('2027-06-02', MADRID, everyDay('08:00', '22:00'), []),
        MADRID,
      ),
    ).toEqual(['2027-06-02T08:00:00+02:00 2027-06-02T22:00:00+02:00']);
  });

  it('keeps an after-midnight closing with the day the interval starts on', () => {
    const weekly = [{ weekday: 5, opens: '18:00', closes: '02:00' }];
    expect(shown(openIntervalsForLocalDate('2027-06-04', MADRID, weekly, []), MADRID)).toEqual([
      '2027-06-04T18:00:00+02:00 2027-06-05T02:00:00+02:00',
    ]);
    expect(openIntervalsForLocalDate('2027-06-05', MADRID, weekly, [])).toEqual([]);
  });

  it("reads '24:00' as the midnight ending the day, and joins touching intervals", () => {
    const weekly = [
      { weekday: 3, opens: '08:00', closes: '14:00' },
      { weekday: 3, opens: '16:00', closes: '24:00' },
      { weekday: 3, opens: '14:00', closes: '16:00' },
    ];
    expect(shown(openIntervalsForLocalDate('2027-06-02', MADRID, weekly, []), MADRID)).toEqual([
      '2027-06-02T08:00:00+02:00 2027-06-03T00:00:00+02:00',
    ]);
  });

  it('lets an exception close a holiday or replace its hours', () => {
    const weekly = everyDay('08:00', '22:00');
    const exceptions: HoursException[] = [
      { date: '2027-12-25', closed: true, intervals: [], reason: 'Christmas' },
      { date: '2027-12-24', closed: false, intervals: [{ opens: '09:00', closes: '14:00' }] },
    ];
    expect(openIntervalsForLocalDate('2027-12-25', MADRID, weekly, exceptions)).toEqual([]);
    expect(
      shown(openIntervalsForLocalDate('2027-12-24', MADRID, weekly, exceptions), MADRID),
    ).toEqual(['2027-12-24T09:00:00+01:00 2027-12-24T14:00:00+01:00']);
  });

  it('on 2027-03-28 in Madrid an open night loses the skipped hour', () => {
    expect(
      shown(
        openIntervalsForLocalDate('2027-03-28', MADRID, everyDay('00:00', '06:00'), []),
        MADRID,
      ),
    ).toEqual(['2027-03-28T00:00:00+01:00 2027-03-28T06:00:00+02:00']);
  });

  it('opens at the first instant after the gap when the opening time is skipped', () => {
    const weekly = everyDay('02:30', '10:00');
    expect(shown(openIntervalsForLocalDate('2027-03-28', MADRID, weekly, []), MADRID)).toEqual([
      '2027-03-28T03:00:00+02:00 2027-03-28T10:00:00+02:00',
    ]);
    expect(openIntervalsForLocalDate('2027-03-28', MADRID, everyDay('02:10', '02:50'), [])).toEqual(
      [],
    );
  });

  it('on 2027-10-31 in Madrid opens at the first 02:00 and closes at the second', () => {
    expect(
      shown(
        openIntervalsForLocalDate('2027-10-31', MADRID, everyDay('02:00', '02:30'), []),
        MADRID,
      ),
    ).toEqual(['2027-10-31T02:00:00+02:00 2027-10-31T02:30:00+01:00']);
  });

  it('handles New York on 2027-03-14 and 2027-11-07', () => {
    const nights = everyDay('22:00', '06:00');
    expect(shown(openIntervalsForLocalDate('2027-03-13', NEW_YORK, nights, []), NEW_YORK)).toEqual([
      '2027-03-13T22:00:00-05:00 2027-03-14T06:00:00-04:00',
    ]);
    const [fallBack] = openIntervalsForLocalDate('2027-11-06', NEW_YORK, nights, []);
    expect((fallBack!.end.getTime() - fallBack!.start.getTime()) / 3_600_000).toBe(9);
  });

  it('handles the 30-minute shift of Lord Howe Island', () => {
    const zone = 'Australia/Lord_Howe';
    const [night] = openIntervalsForLocalDate('2027-10-03', zone, everyDay('00:00', '06:00'), []);
    expect(shown([night!], zone)).toEqual(['2027-10-03T00:00:00+10:30 2027-10-03T06:00:00+11:00']);
    expect((night!.end.getTime() - night!.start.getTime()) / 60_000).toBe(330);
  });
});

describe('isWithinOpeningHours', () => {
  const weekly = everyDay('08:00', '22:00');
  const at = (text: string) => new Date(text);

  it('accepts a booking inside the hours and refuses one past closing', () => {
    expect(
      isWithinOpeningHours(
        at('2027-06-02T20:00:00+02:00'),
        at('2027-06-02T22:00:00+02:00'),
        MADRID,
        weekly,
        [],
      ),
    ).toBe(true);
    expect(
      isWithinOpeningHours(
        at('2027-06-02T21:00:00+02:00'),
        at('2027-06-02T22:30:00+02:00'),
        MADRID,
        weekly,
        [],
      ),
    ).toBe(false);
    expect(
      isWithinOpeningHours(
        at('2027-06-02T07:30:00+02:00'),
        at('2027-06-02T08:30:00+02:00'),
        MADRID,
        weekly,
        [],
      ),
    ).toBe(false);
  });

  it('refuses an empty or reversed interval', () => {
    const start = at('2027-06-02T10:00:00+02:00');
    expect(isWithinOpeningHours(start, start, MADRID, weekly, [])).toBe(false);
    expect(isWithinOpeningHours(start, at('2027-06-02T09:00:00+02:00'), MADRID, weekly, [])).toBe(
      false,
    );
  });

  it('sees the hours of the previous day that run past midnight', () => {
    const nights = [{ weekday: 5, opens: '18:00', closes: '02:00' }];
    expect(
      isWithinOpeningHours(
        at('2027-06-05T01:00:00+02:00'),
        at('2027-06-05T02:00:00+02:00'),
        MADRID,
        nights,
        [],
      ),
    ).toBe(true);
    expect(
      isWithinOpeningHours(
        at('2027-06-05T01:30:00+02:00'),
        at('2027-06-05T02:30:00+02:00'),
        MADRID,
        nights,
        [],
      ),
    ).toBe(false);
  });

  it('treats touching intervals as continuous, across midnight too', () => {
    const split = [
      { weekday: 3, opens: '08:00', closes: '14:00' },
      { weekday: 3, opens: '14:00', closes: '24:00' },
      { weekday: 4, opens: '00:00', closes: '02:00' },
    ];
    const open = openIntervalContaining(
      at('2027-06-02T23:00:00+02:00'),
      at('2027-06-03T01:00:00+02:00'),
      MADRID,
      split,
      [],
    );
    expect(shown([open!], MADRID)).toEqual(['2027-06-02T08:00:00+02:00 2027-06-03T02:00:00+02:00']);
    expect(
      isWithinOpeningHours(
        at('2027-06-02T13:00:00+02:00'),
        at('2027-06-02T15:00:00+02:00'),
        MADRID,
        split,
        [],
      ),
    ).toBe(true);
  });

  it('refuses a booking on a closed holiday', () => {
    const closed = [{ date: '2027-12-25', closed: true, intervals: [] }];
    expect(
      isWithinOpeningHours(
        at('2027-12-25T10:00:00+01:00'),
        at('2027-12-25T11:00:00+01:00'),
        MADRID,
        weekly,
        closed,
      ),
    ).toBe(false);
  });

  it('accepts both 02:00 of 2027-10-31 in Madrid for a venue open all night', () => {
    const night = everyDay('00:00', '06:00');
    expect(
      isWithinOpeningHours(
        at('2027-10-31T02:00:00+02:00'),
        at('2027-10-31T03:00:00+02:00'),
        MADRID,
        night,
        [],
      ),
    ).toBe(true);
    expect(
      isWithinOpeningHours(
        at('2027-10-31T02:00:00+01:00'),
        at('2027-10-31T03:00:00+01:00'),
        MADRID,
        night,
        [],
      ),
    ).toBe(true);
  });
});

describe('startsOnSlotGrid', () => {
  const weekly = everyDay('08:00', '22:00');

  it('accepts starts a whole number of steps after opening, in elapsed time', () => {
    expect(startsOnSlotGrid(new Date('2027-06-02T09:30:00+02:00'), MADRID, weekly, [], 30)).toBe(
      true,
    );
    expect(startsOnSlotGrid(new Date('2027-06-02T09:15:00+02:00'), MADRID, weekly, [], 30)).toBe(
      false,
    );
    expect(startsOnSlotGrid(new Date('2027-06-02T07:30:00+02:00'), MADRID, weekly, [], 30)).toBe(
      false,
    );
  });

  it('follows the grid of the day before for a night that runs past midnight', () => {
    const nights = everyDay('18:00', '02:00');
    expect(startsOnSlotGrid(new Date('2027-06-03T01:30:00+02:00'), MADRID, nights, [], 90)).toBe(
      true,
    );
    expect(startsOnSlotGrid(new Date('2027-06-03T01:00:00+02:00'), MADRID, nights, [], 90)).toBe(
      false,
    );
  });
});
