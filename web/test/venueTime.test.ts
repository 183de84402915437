import { afterEach, describe, expect, it } from 'vitest';

import {
  addDays,
  formatVenueInterval,
  repeatedTimes,
  timeRange,
  todayAt,
  wallClock,
} from '../src/time/venueTime';

const originalZone = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalZone;
});

describe('venue wall-clock times', () => {
  it("reads the venue's clock from the instant, whatever the browser's zone", () => {
    for (const zone of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      process.env.TZ = zone;
      expect(wallClock('2027-06-01T10:00:00+02:00')).toEqual({
        date: '2027-06-01',
        time: '10:00',
        offset: '+02:00',
      });
      expect(timeRange('2027-06-01T21:00:00+02:00', '2027-06-01T22:00:00+02:00')).toBe(
        '21:00–22:00',
      );
    }
  });

  it('keeps the venue date of a late evening that is already tomorrow in UTC', () => {
    process.env.TZ = 'Europe/Madrid';
    expect(
      formatVenueInterval('2027-06-01T22:00:00-04:00', '2027-06-01T23:00:00-04:00', 'en-GB'),
    ).toMatch(/^Tue,? 1 Jun 2027, 22:00–23:00$/);
  });

  it('tells apart the two 02:00 slots of the night clocks go back', () => {
    const starts = [
      '2027-10-31T01:00:00+02:00',
      '2027-10-31T02:00:00+02:00',
      '2027-10-31T02:00:00+01:00',
      '2027-10-31T03:00:00+01:00',
    ];
    expect([...repeatedTimes(starts)]).toEqual(['02:00']);
    expect(timeRange(starts[1] ?? '', starts[2] ?? '', true)).toBe(
      '02:00 (UTC+02:00)–02:00 (UTC+01:00)',
    );
  });

  it('refuses an instant without an offset rather than guess its zone', () => {
    expect(() => wallClock('2027-10-31T02:00:00')).toThrow(/offset/);
    expect(wallClock('2027-10-31T02:00:00Z').offset).toBe('+00:00');
  });

  it("counts today and later dates at the venue, not in the browser's zone", () => {
    process.env.TZ = 'Europe/Madrid';
    // 03:30 in Madrid on 1 June is still 31 May in New York.
    const now = new Date('2027-06-01T01:30:00Z');
    expect(todayAt('Europe/Madrid', now)).toBe('2027-06-01');
    expect(todayAt('America/New_York', now)).toBe('2027-05-31');
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-12-31', 14)).toBe('2028-01-14');
  });
});
