import { bookableSlots } from '../../src/schedule/bookableSlots.js';
import { formatInstant } from '../../src/schedule/formatInstant.js';
import type { Interval } from '../../src/schedule/interval.js';
import { openIntervalsForLocalDate } from '../../src/schedule/openIntervalsForLocalDate.js';
import type { WeeklyHours } from '../../src/schedule/openingHours.js';
import { isOnSlotGrid } from '../../src/schedule/slotGrid.js';

const MADRID = 'Europe/Madrid';
const NEW_YORK = 'America/New_York';

const everyDay = (opens: string, closes: string): WeeklyHours =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

const starts = (slots: Interval[], zone: string) =>
  slots.map(({ start }) => formatInstant(start, zone).slice(11));

const span = (start: string, end: string): Interval => ({
  start: new Date(start),
  end: new Date(end),
});

describe('bookableSlots', () => {
  it('steps from the opening by the slot interval; a slot ends by closing', () => {
    const slots = bookableSlots({
      openIntervals: [span('2027-06-02T08:00:00+02:00', '2027-06-02T11:00:00+02:00')],
      slotIntervalMinutes: 30,
      durationMinutes: 90,
      busy: [],
    });
    expect(starts(slots, MADRID)).toEqual([
      '08:00:00+02:00',
      '08:30:00+02:00',
      '09:00:00+02:00',
      '09:30:00+02:00',
    ]);
    expect(formatInstant(slots[3]!.end, MADRID)).toBe('2027-06-02T11:00:00+02:00');
  });

  it('leaves out what overlaps a busy interval; touching is free (half-open)', () => {
    const slots = bookableSlots({
      openIntervals: [span('2027-06-02T08:00:00+02:00', '2027-06-02T12:00:00+02:00')],
      slotIntervalMinutes: 60,
      durationMinutes: 60,
      busy: [span('2027-06-02T09:00:00+02:00', '2027-06-02T10:00:00+02:00')],
    });
    expect(starts(slots, MADRID)).toEqual(['08:00:00+02:00', '10:00:00+02:00', '11:00:00+02:00']);
  });

  it('refuses a slot overlapping busy time by a minute', () => {
    const slots = bookableSlots({
      openIntervals: [span('2027-06-02T08:00:00+02:00', '2027-06-02T10:00:00+02:00')],
      slotIntervalMinutes: 60,
      durationMinutes: 60,
      busy: [span('2027-06-02T08:59:00+02:00', '2027-06-02T09:01:00+02:00')],
    });
    expect(slots).toEqual([]);
  });

  it('keeps starts between notBefore and notAfter, both inclusive', () => {
    const slots = bookableSlots({
      openIntervals: [span('2027-06-02T08:00:00+02:00', '2027-06-02T12:00:00+02:00')],
      slotIntervalMinutes: 60,
      durationMinutes: 60,
      busy: [],
      notBefore: new Date('2027-06-02T08:30:00+02:00'),
      notAfter: new Date('2027-06-02T10:00:00+02:00'),
    });
    expect(starts(slots, MADRID)).toEqual(['09:00:00+02:00', '10:00:00+02:00']);
  });

  it('gives both 02:00 of 2027-10-31 in Madrid as distinct slots', () => {
    const slots = bookableSlots({
      openIntervals: openIntervalsForLocalDate(
        '2027-10-31',
        MADRID,
        everyDay('00:00', '06:00'),
        [],
      ),
      slotIntervalMinutes: 60,
      durationMinutes: 60,
      busy: [],
    });
    expect(starts(slots, MADRID)).toEqual([
      '00:00:00+02:00',
      '01:00:00+02:00',
      '02:00:00+02:00',
      '02:00:00+01:00',
      '03:00:00+01:00',
      '04:00:00+01:00',
      '05:00:00+01:00',
    ]);
    expect(slots[2]!.start.getTime()).toBeLessThan(slots[3]!.start.getTime());
  });

  it('starts no slot at the skipped 02:30 of 2027-03-28 in Madrid', () => {
    const slots = bookableSlots({
      openIntervals: openIntervalsForLocalDate(
        '2027-03-28',
        MADRID,
        everyDay('00:00', '06:00'),
        [],
      ),
      slotIntervalMinutes: 30,
      durationMinutes: 60,
      busy: [],
    });
    expect(starts(slots, MADRID)).toEqual([
      '00:00:00+01:00',
      '00:30:00+01:00',
      '01:00:00+01:00',
      '01:30:00+01:00',
      '03:00:00+02:00',
      '03:30:00+02:00',
      '04:00:00+02:00',
      '04:30:00+02:00',
      '05:00:00+02:00',
    ]);
  });

  it('gives both 01:30 of 2027-11-07 in New York and none of 2027-03-14 02:xx', () => {
    const fallBack = bookableSlots({
      openIntervals: openIntervalsForLocalDate(
        '2027-11-07',
        NEW_YORK,
        everyDay('00:00', '04:00'),
        [],
      ),
      slotIntervalMinutes: 30,
      durationMinutes: 30,
      busy: [],
    });
    expect(starts(fallBack, NEW_YORK).filter((start) => start.startsWith('01:30'))).toEqual([
      '01:30:00-04:00',
      '01:30:00-05:00',
    ]);
    const springForward = bookableSlots({
      openIntervals: openIntervalsForLocalDate(
        '2027-03-14',
        NEW_YORK,
        everyDay('00:00', '04:00'),
        [],
      ),
      slotIntervalMinutes: 30,
      durationMinutes: 30,
      busy: [],
    });
    expect(starts(springForward, NEW_YORK).some((start) => start.startsWith('02:'))).toBe(false);
  });

  it('gives both 01:45 of 2027-04-04 on Lord Howe Island, where clocks go back 30 minutes', () => {
    const zone = 'Australia/Lord_Howe';
    const slots = bookableSlots({
      openIntervals: openIntervalsForLocalDate('2027-04-04', zone, everyDay('01:00', '03:00'), []),
      slotIntervalMinutes: 15,
      durationMinutes: 30,
      busy: [],
    });
    expect(starts(slots, zone).filter((start) => start.startsWith('01:45'))).toEqual([
      '01:45:00+11:00',
      '01:45:00+10:30',
    ]);
    expect(slots).toHaveLength(9);
  });

  it('joins overlapping or touching open intervals and returns no duplicates', () => {
    const slots = bookableSlots({
      openIntervals: [
        span('2027-06-02T10:00:00+02:00', '2027-06-02T12:00:00+02:00'),
        span('2027-06-02T08:00:00+02:00', '2027-06-02T10:00:00+02:00'),
        span('2027-06-02T08:00:00+02:00', '2027-06-02T11:00:00+02:00'),
      ],
      slotIntervalMinutes: 60,
      durationMinutes: 120,
      busy: [],
    });
    expect(starts(slots, MADRID)).toEqual(['08:00:00+02:00', '09:00:00+02:00', '10:00:00+02:00']);
  });

  it('throws on step or duration that are no whole minutes from 1 to 1440', () => {
    const base = { openIntervals: [], busy: [], durationMinutes: 60, slotIntervalMinutes: 30 };
    expect(() => bookableSlots({ ...base, slotIntervalMinutes: 0 })).toThrow(RangeError);
    expect(() => bookableSlots({ ...base, durationMinutes: 1.5 })).toThrow(RangeError);
  });
});

describe('isOnSlotGrid', () => {
  const open = span('2027-10-31T00:00:00+02:00', '2027-10-31T06:00:00+01:00');

  it('counts steps in elapsed time across the repeated hour', () => {
    expect(isOnSlotGrid(new Date('2027-10-31T02:00:00+01:00'), open, 60)).toBe(true);
    expect(isOnSlotGrid(new Date('2027-10-31T02:30:00+01:00'), open, 60)).toBe(false);
    expect(isOnSlotGrid(new Date('2027-10-31T02:30:00+01:00'), open, 30)).toBe(true);
  });

  it('refuses starts before opening or at closing', () => {
    expect(isOnSlotGrid(new Date('2027-10-30T23:00:00+02:00'), open, 60)).toBe(false);
    expect(isOnSlotGrid(open.end, open, 60)).toBe(false);
  });
});
